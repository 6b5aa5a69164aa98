package coop.essaim.invoicing.internal.expense;

import coop.essaim.api.money.Money;
import coop.essaim.invoicing.api.ExpenseLineDraft;
import coop.essaim.invoicing.api.ExpenseNote;
import coop.essaim.invoicing.api.ExpenseStatus;
import coop.essaim.invoicing.api.MileageLineDraft;
import coop.essaim.invoicing.internal.Audit;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Table INV_EXPENSE_NOTE: a member's expense note; its lines change only while it is a draft. */
@Entity(name = "InvoicingExpenseNote")
@Table(name = "INV_EXPENSE_NOTE")
public class ExpenseNoteEntity {

    @Id
    @SequenceGenerator(name = "INV_EXPENSE_NOTE_SEQ", sequenceName = "INV_EXPENSE_NOTE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_EXPENSE_NOTE_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "ACTIVITY_ID", nullable = false, updatable = false)
    private long activityId;

    @Column(name = "LABEL", nullable = false, length = 200)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private ExpenseStatus status;

    @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "TOTAL_MINOR", nullable = false)
    private long totalMinor;

    @Column(name = "VAT_MINOR", nullable = false)
    private long vatMinor;

    @Column(name = "LEDGER_ENTRY_ID")
    private Long ledgerEntryId;

    @Column(name = "REIMBURSEMENT_ENTRY_ID")
    private Long reimbursementEntryId;

    @Column(name = "SUBMITTED_AT")
    private LocalDateTime submittedAt;

    @Column(name = "VALIDATED_AT")
    private LocalDateTime validatedAt;

    @Column(name = "VALIDATED_BY", length = 40)
    private String validatedBy;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    private String createdBy;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private int rowVersion;

    @OneToMany(mappedBy = "note", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ExpenseLineEntity> lines = new ArrayList<>();

    protected ExpenseNoteEntity() {
        // for JPA
    }

    ExpenseNoteEntity(long cooperativeId, long activityId, String label, String currency, String login, Instant now) {
        this.cooperativeId = cooperativeId;
        this.activityId = activityId;
        this.label = label;
        this.status = ExpenseStatus.DRAFT;
        this.currency = currency;
        this.createdAt = Audit.column(now);
        this.createdBy = login;
    }

    void add(ExpenseLineDraft d, Long receiptId) {
        lines.add(new ExpenseLineEntity(this, d.spentOn(), d.accountCode(), d.description().strip(), d.amount(),
                d.vat(), receiptId));
        totals();
    }

    void addMileage(MileageLineDraft d, String travelAccount, Money amount, long yearKmBefore) {
        lines.add(ExpenseLineEntity.mileage(this, d, travelAccount, amount, yearKmBefore));
        totals();
    }

    boolean remove(long lineId) {
        boolean removed = lines.removeIf(l -> l.getId() != null && l.getId() == lineId);
        totals();
        return removed;
    }

    private void totals() {
        totalMinor = lines.stream().mapToLong(ExpenseLineEntity::getAmountMinor).sum();
        vatMinor = lines.stream().mapToLong(ExpenseLineEntity::getVatMinor).sum();
    }

    void submit(Instant now) {
        status = ExpenseStatus.SUBMITTED;
        submittedAt = Audit.column(now);
    }

    void validated(long entryId, String login, Instant now) {
        status = ExpenseStatus.VALIDATED;
        ledgerEntryId = entryId;
        validatedAt = Audit.column(now);
        validatedBy = login;
    }

    void reimbursed(long entryId) {
        status = ExpenseStatus.REIMBURSED;
        reimbursementEntryId = entryId;
    }

    long getCooperativeId() {
        return cooperativeId;
    }

    long getActivityId() {
        return activityId;
    }

    /** The member the note is for: whose yearly mileage its trips count in. */
    String getCreatedBy() {
        return createdBy;
    }

    ExpenseStatus getStatus() {
        return status;
    }

    boolean hasReceipt(long receiptId) {
        return lines.stream().anyMatch(l -> l.getReceiptId() != null && l.getReceiptId() == receiptId);
    }

    ExpenseNote toRecord() {
        return new ExpenseNote(id, activityId, label, status, lines.stream().map(l -> l.toRecord(currency)).toList(),
                Money.of(totalMinor, currency), Money.of(vatMinor, currency), ledgerEntryId, reimbursementEntryId,
                createdBy);
    }
}
