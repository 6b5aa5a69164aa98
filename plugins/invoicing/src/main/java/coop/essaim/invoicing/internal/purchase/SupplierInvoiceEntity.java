package coop.essaim.invoicing.internal.purchase;

import coop.essaim.api.money.Money;
import coop.essaim.invoicing.api.SupplierInvoice;
import coop.essaim.invoicing.api.SupplierInvoiceStatus;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Table INV_SUPPLIER_INVOICE: an invoice a supplier sent an activity. Its content changes only while a draft; once
 * validated only what was paid of it moves, up to its total (the table checks it too).
 */
@Entity(name = "InvoicingSupplierInvoice")
@Table(name = "INV_SUPPLIER_INVOICE")
public class SupplierInvoiceEntity {

    @Id
    @SequenceGenerator(name = "INV_SUPPLIER_INVOICE_SEQ", sequenceName = "INV_SUPPLIER_INVOICE_SEQ",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_SUPPLIER_INVOICE_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "ACTIVITY_ID", nullable = false, updatable = false)
    private long activityId;

    @Column(name = "SUPPLIER_ID", nullable = false)
    private long supplierId;

    @Column(name = "SUPPLIER_NAME", nullable = false, length = 200)
    private String supplierName;

    @Column(name = "SUPPLIER_NUMBER", nullable = false, length = 60)
    private String supplierNumber;

    @Column(name = "NUMBER_KEY", nullable = false, length = 60)
    private String numberKey;

    @Column(name = "INVOICE_DATE", nullable = false)
    private LocalDate invoiceDate;

    @Column(name = "DUE_DATE", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private SupplierInvoiceStatus status;

    @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "TOTAL_EXCL_MINOR", nullable = false)
    private long totalExclMinor;

    @Column(name = "VAT_MINOR", nullable = false)
    private long vatMinor;

    @Column(name = "TOTAL_INCL_MINOR", nullable = false)
    private long totalInclMinor;

    @Column(name = "PAID_MINOR", nullable = false)
    private long paidMinor;

    /** The supplier's document in INV_RECEIPT, by id: its content is read only when asked for. */
    @Column(name = "RECEIPT_ID")
    private Long receiptId;

    @Column(name = "REFUSAL_REASON", length = 500)
    private String refusalReason;

    @Column(name = "LEDGER_ENTRY_ID")
    private Long ledgerEntryId;

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

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "UPDATED_BY", nullable = false, length = 40)
    private String updatedBy;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private int rowVersion;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PurchaseLineEntity> lines = new ArrayList<>();

    protected SupplierInvoiceEntity() {
        // for JPA
    }

    SupplierInvoiceEntity(long cooperativeId, long activityId, String currency, String login, Instant now) {
        this.cooperativeId = cooperativeId;
        this.activityId = activityId;
        this.currency = currency;
        this.status = SupplierInvoiceStatus.DRAFT;
        this.createdAt = Audit.column(now);
        this.createdBy = login;
    }

    void fill(SupplierEntity supplier, PurchaseContent.Checked content, String login, Instant now) {
        supplierId = supplier.getId();
        supplierName = supplier.getName();
        supplierNumber = content.number();
        numberKey = content.numberKey();
        invoiceDate = content.draft().invoiceDate();
        dueDate = content.draft().dueDate();
        lines.clear();
        content.lines().forEach(l -> lines.add(new PurchaseLineEntity(this, l)));
        totalExclMinor = lines.stream().mapToLong(PurchaseLineEntity::getNetMinor).sum();
        vatMinor = lines.stream().mapToLong(PurchaseLineEntity::getVatMinor).sum();
        totalInclMinor = totalExclMinor + vatMinor;
        touched(login, now);
    }

    void receipt(long id, String login, Instant now) {
        receiptId = id;
        touched(login, now);
    }

    void submit(String login, Instant now) {
        status = SupplierInvoiceStatus.SUBMITTED;
        submittedAt = Audit.column(now);
        refusalReason = null;
        touched(login, now);
    }

    void refuse(String reason, String login, Instant now) {
        status = SupplierInvoiceStatus.DRAFT;
        refusalReason = reason;
        touched(login, now);
    }

    void validated(long entryId, String login, Instant now) {
        status = SupplierInvoiceStatus.VALIDATED;
        ledgerEntryId = entryId;
        validatedAt = Audit.column(now);
        validatedBy = login;
        touched(login, now);
    }

    void settle(long amountMinor, String login, Instant now) {
        paidMinor += amountMinor;
        if (paidMinor == totalInclMinor) {
            status = SupplierInvoiceStatus.PAID;
        }
        touched(login, now);
    }

    private void touched(String login, Instant now) {
        updatedAt = Audit.column(now);
        updatedBy = login;
    }

    long getCooperativeId() {
        return cooperativeId;
    }

    long getActivityId() {
        return activityId;
    }

    SupplierInvoiceStatus getStatus() {
        return status;
    }

    Long getReceiptId() {
        return receiptId;
    }

    SupplierInvoice toRecord() {
        return new SupplierInvoice(id, activityId, supplierId, supplierName, supplierNumber, invoiceDate, dueDate,
                status, lines.stream().map(l -> l.toRecord(currency)).toList(), Money.of(totalExclMinor, currency),
                Money.of(vatMinor, currency), Money.of(totalInclMinor, currency), Money.of(paidMinor, currency),
                receiptId != null, refusalReason, ledgerEntryId, createdBy, validatedBy);
    }
}
