package coop.essaim.treasuryadvances.internal.advance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table TA_ADVANCE: one advance and where it stands. */
@Entity(name = "TreasuryAdvance")
@Table(name = "TA_ADVANCE")
public class AdvanceEntity {

    @Id
    @SequenceGenerator(name = "TA_ADVANCE_SEQ", sequenceName = "TA_ADVANCE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TA_ADVANCE_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "ACTIVITY_ID", nullable = false, updatable = false)
    long activityId;
    @Column(name = "KIND", nullable = false, updatable = false, length = 20)
    String kind;
    @Column(name = "AMOUNT_MINOR", nullable = false, updatable = false)
    long amountMinor;
    @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
    String currency;
    @Column(name = "REASON", nullable = false, updatable = false, length = 2000)
    String reason;
    /** One invoice number a line. */
    @Column(name = "INVOICE_REFERENCES", updatable = false, length = 1000)
    String invoiceReferences;
    @Column(name = "REPAYMENT_MODE", nullable = false, updatable = false, length = 10)
    String repaymentMode;
    @Column(name = "RECEIPT_SHARE", nullable = false, precision = 7, scale = 2)
    BigDecimal receiptShare;
    @Column(name = "DUE_ON", nullable = false, updatable = false)
    LocalDate dueOn;
    @Column(name = "AUTOMATIC", nullable = false, updatable = false)
    boolean automatic;
    @Column(name = "STATUS", nullable = false, length = 12)
    String status;
    @Column(name = "DECISION_REASONS", length = 2000)
    String decisionReasons;
    @Column(name = "DECIDED_AT")
    LocalDateTime decidedAt;
    @Column(name = "DECIDED_BY", length = 40)
    String decidedBy;
    @Column(name = "DISBURSED_ON")
    LocalDate disbursedOn;
    @Column(name = "DISBURSEMENT_ENTRY_ID")
    Long disbursementEntryId;
    @Column(name = "REPAID_MINOR", nullable = false)
    long repaidMinor;
    @Column(name = "WRITTEN_OFF_MINOR", nullable = false)
    long writtenOffMinor;
    @Column(name = "WRITE_OFF_ENTRY_ID")
    Long writeOffEntryId;
    @Column(name = "WRITTEN_OFF_ON")
    LocalDate writtenOffOn;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;
    @Column(name = "UPDATED_AT", nullable = false)
    LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY", nullable = false, length = 40)
    String updatedBy;
    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    int rowVersion;

    protected AdvanceEntity() {
    }

    AdvanceEntity(long cooperativeId, long activityId, String kind, long amountMinor, String currency, String reason,
                  String invoiceReferences, String repaymentMode, BigDecimal receiptShare, LocalDate dueOn,
                  boolean automatic, LocalDateTime now, String login) {
        this.cooperativeId = cooperativeId;
        this.activityId = activityId;
        this.kind = kind;
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.reason = reason;
        this.invoiceReferences = invoiceReferences;
        this.repaymentMode = repaymentMode;
        this.receiptShare = receiptShare;
        this.dueOn = dueOn;
        this.automatic = automatic;
        this.status = "REQUESTED";
        this.createdAt = now;
        this.createdBy = login;
        this.updatedAt = now;
        this.updatedBy = login;
    }

    // changes go through these methods: the woven entity tracks what its own methods set

    void decide(String newStatus, String reasons, BigDecimal share, LocalDateTime now, String login) {
        status = newStatus;
        decisionReasons = reasons;
        receiptShare = share;
        decidedAt = now;
        decidedBy = login;
        touched(now, login);
    }

    void disbursed(LocalDate on, long entryId, LocalDateTime now, String login) {
        status = "DISBURSED";
        disbursedOn = on;
        disbursementEntryId = entryId;
        touched(now, login);
    }

    void repaid(long minor, LocalDateTime now, String login) {
        repaidMinor += minor;
        if (balanceMinor() == 0) {
            status = "REPAID";
        }
        touched(now, login);
    }

    void writtenOff(long minor, long entryId, String reasons, LocalDate on, LocalDateTime now, String login) {
        writtenOffMinor += minor;
        writtenOffOn = on;
        writeOffEntryId = entryId;
        decisionReasons = reasons;
        status = "WRITTEN_OFF";
        touched(now, login);
    }

    long balanceMinor() {
        return amountMinor - repaidMinor - writtenOffMinor;
    }

    private void touched(LocalDateTime now, String login) {
        updatedAt = now;
        updatedBy = login;
    }
}
