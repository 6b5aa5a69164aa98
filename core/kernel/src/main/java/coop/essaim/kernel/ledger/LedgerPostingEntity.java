package coop.essaim.kernel.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * Table LEDGER_POSTING: one line of an entry. Invariant: never updated or deleted (no setter, every column
 * {@code updatable = false}). Exactly one of debit and credit is positive, the other is zero.
 */
@Entity(name = "LedgerPosting")
@Table(name = "LEDGER_POSTING")
public class LedgerPostingEntity {

    @Id
    @SequenceGenerator(name = "LEDGER_POSTING_SEQ", sequenceName = "LEDGER_POSTING_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "LEDGER_POSTING_SEQ")
    @Column(name = "ID", updatable = false)
    private Long id;

    @Column(name = "ENTRY_ID", nullable = false, updatable = false)
    private long entryId;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "LINE_NO", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "ENTRY_DATE", nullable = false, updatable = false)
    private LocalDate entryDate;

    @Column(name = "ACCOUNT_CODE", nullable = false, updatable = false, length = 20)
    private String accountCode;

    @Column(name = "ACTIVITY_ID", nullable = false, updatable = false)
    private long activityId;

    @Column(name = "DEBIT_MINOR", nullable = false, updatable = false)
    private long debitMinor;

    @Column(name = "CREDIT_MINOR", nullable = false, updatable = false)
    private long creditMinor;

    @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "THIRD_PARTY", updatable = false, length = 100)
    private String thirdParty;

    @Column(name = "LETTERING", updatable = false, length = 20)
    private String lettering;

    protected LedgerPostingEntity() {
        // for JPA
    }

    LedgerPostingEntity(long entryId, long cooperativeId, LocalDate entryDate, EntryContent.Line line) {
        this.entryId = entryId;
        this.cooperativeId = cooperativeId;
        this.lineNo = line.lineNo();
        this.entryDate = entryDate;
        this.accountCode = line.accountCode();
        this.activityId = line.activityId();
        this.debitMinor = line.debitMinor();
        this.creditMinor = line.creditMinor();
        this.currency = line.currency();
        this.thirdParty = line.thirdParty();
        this.lettering = line.lettering();
    }

    long entryId() {
        return entryId;
    }

    EntryContent.Line line() {
        return new EntryContent.Line(lineNo, accountCode, activityId, debitMinor, creditMinor, currency, thirdParty,
                lettering);
    }
}
