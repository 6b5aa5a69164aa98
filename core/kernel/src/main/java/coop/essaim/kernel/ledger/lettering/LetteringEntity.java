package coop.essaim.kernel.ledger.lettering;

import coop.essaim.kernel.cooperative.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table LEDGER_LETTERING: one match of postings of an account. Inserted, then deleted if undone; never updated. */
@Entity(name = "LedgerLettering")
@Table(name = "LEDGER_LETTERING")
public class LetteringEntity {

    @Id
    @SequenceGenerator(name = "LEDGER_LETTERING_SEQ", sequenceName = "LEDGER_LETTERING_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "LEDGER_LETTERING_SEQ")
    @Column(name = "ID", updatable = false)
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "ACCOUNT_CODE", nullable = false, updatable = false, length = 20)
    private String accountCode;

    @Column(name = "LETTER_CODE", nullable = false, updatable = false, length = 20)
    private String code;

    @Column(name = "LETTERED_ON", nullable = false, updatable = false)
    private LocalDate letteredOn;

    @Column(name = "LETTERED_BY", nullable = false, updatable = false, length = 100)
    private String letteredBy;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected LetteringEntity() {
        // for JPA
    }

    LetteringEntity(long cooperativeId, String accountCode, String code, LocalDate letteredOn, String letteredBy,
                    Instant at) {
        this.cooperativeId = cooperativeId;
        this.accountCode = accountCode;
        this.code = code;
        this.letteredOn = letteredOn;
        this.letteredBy = letteredBy;
        this.createdAt = Timestamps.toColumn(at);
    }

    Long id() {
        return id;
    }

    String accountCode() {
        return accountCode;
    }

    String code() {
        return code;
    }

    LocalDate letteredOn() {
        return letteredOn;
    }

    String letteredBy() {
        return letteredBy;
    }

    Instant createdAt() {
        return Timestamps.fromColumn(createdAt);
    }
}
