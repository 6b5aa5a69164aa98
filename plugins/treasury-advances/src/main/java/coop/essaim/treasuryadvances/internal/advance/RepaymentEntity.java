package coop.essaim.treasuryadvances.internal.advance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Table TA_REPAYMENT: money that came back, with its ledger entry; {@code receiptEntryId} is the client payment it
 * was taken from (source RECEIPT), which no advance takes twice.
 */
@Entity(name = "TreasuryAdvanceRepayment")
@Table(name = "TA_REPAYMENT")
public class RepaymentEntity {

    @Id
    @SequenceGenerator(name = "TA_REPAYMENT_SEQ", sequenceName = "TA_REPAYMENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TA_REPAYMENT_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "ADVANCE_ID", nullable = false, updatable = false)
    long advanceId;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "PAID_ON", nullable = false, updatable = false)
    LocalDate paidOn;
    @Column(name = "AMOUNT_MINOR", nullable = false, updatable = false)
    long amountMinor;
    @Column(name = "SOURCE", nullable = false, updatable = false, length = 10)
    String source;
    @Column(name = "RECEIPT_ENTRY_ID", updatable = false)
    Long receiptEntryId;
    @Column(name = "ENTRY_ID", nullable = false, updatable = false)
    long entryId;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;

    protected RepaymentEntity() {
    }

    RepaymentEntity(long advanceId, long cooperativeId, LocalDate paidOn, long amountMinor, String source,
                    Long receiptEntryId, long entryId, LocalDateTime createdAt, String createdBy) {
        this.advanceId = advanceId;
        this.cooperativeId = cooperativeId;
        this.paidOn = paidOn;
        this.amountMinor = amountMinor;
        this.source = source;
        this.receiptEntryId = receiptEntryId;
        this.entryId = entryId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }
}
