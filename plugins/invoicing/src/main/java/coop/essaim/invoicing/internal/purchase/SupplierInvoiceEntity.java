package coop.essaim.invoicing.internal.purchase;

import coop.essaim.api.money.Money;
import coop.essaim.invoicing.api.SupplierInvoice;
import coop.essaim.invoicing.api.SupplierInvoiceStatus;
import coop.essaim.invoicing.internal.Audit;
import coop.essaim.invoicing.internal.row.DocumentRow;
import jakarta.persistence.AttributeOverride;
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
@AttributeOverride(name = "totalVatMinor", column = @Column(name = "VAT_MINOR", nullable = false))
public class SupplierInvoiceEntity extends DocumentRow {

    @Id
    @SequenceGenerator(name = "INV_SUPPLIER_INVOICE_SEQ", sequenceName = "INV_SUPPLIER_INVOICE_SEQ",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_SUPPLIER_INVOICE_SEQ")
    @Column(name = "ID")
    private Long id;

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

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PurchaseLineEntity> lines = new ArrayList<>();

    protected SupplierInvoiceEntity() {
        // for JPA
    }

    SupplierInvoiceEntity(long cooperativeId, long activityId, String currency, String login, Instant now) {
        super(cooperativeId, activityId, currency, login, now);
        this.status = SupplierInvoiceStatus.DRAFT;
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
        long excl = lines.stream().mapToLong(PurchaseLineEntity::getNetMinor).sum();
        long vat = lines.stream().mapToLong(PurchaseLineEntity::getVatMinor).sum();
        totals(excl, vat, excl + vat);
        touch(login, now);
    }

    void receipt(long id, String login, Instant now) {
        receiptId = id;
        touch(login, now);
    }

    void submit(String login, Instant now) {
        status = SupplierInvoiceStatus.SUBMITTED;
        submittedAt = Audit.column(now);
        refusalReason = null;
        touch(login, now);
    }

    void refuse(String reason, String login, Instant now) {
        status = SupplierInvoiceStatus.DRAFT;
        refusalReason = reason;
        touch(login, now);
    }

    void validated(long entryId, String login, Instant now) {
        status = SupplierInvoiceStatus.VALIDATED;
        ledgerEntryId = entryId;
        validatedAt = Audit.column(now);
        validatedBy = login;
        touch(login, now);
    }

    void settle(long amountMinor, String login, Instant now) {
        paidMinor += amountMinor;
        if (paidMinor == totalInclMinor()) {
            status = SupplierInvoiceStatus.PAID;
        }
        touch(login, now);
    }

    SupplierInvoiceStatus getStatus() {
        return status;
    }

    Long getReceiptId() {
        return receiptId;
    }

    SupplierInvoice toRecord() {
        String currency = currency().getCurrencyCode();
        return new SupplierInvoice(id, getActivityId(), supplierId, supplierName, supplierNumber, invoiceDate,
                dueDate, status, lines.stream().map(l -> l.toRecord(currency)).toList(), totalExcl(), totalVat(),
                totalIncl(), Money.of(paidMinor, currency), receiptId != null, refusalReason, ledgerEntryId,
                createdBy(), validatedBy);
    }
}
