package coop.essaim.invoicing.internal.purchase;

import coop.essaim.api.money.Money;
import coop.essaim.invoicing.api.PaymentMethod;
import coop.essaim.invoicing.api.SupplierPayment;
import coop.essaim.invoicing.internal.Audit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table INV_SUPPLIER_PAYMENT: a payment made to a supplier. Never changed: the bank entry corrects a mistake. */
@Entity(name = "InvoicingSupplierPayment")
@Table(name = "INV_SUPPLIER_PAYMENT")
public class SupplierPaymentEntity {

    @Id
    @SequenceGenerator(name = "INV_SUPPLIER_PAYMENT_SEQ", sequenceName = "INV_SUPPLIER_PAYMENT_SEQ",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_SUPPLIER_PAYMENT_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "INVOICE_ID", nullable = false, updatable = false)
    private long invoiceId;

    @Column(name = "PAID_ON", nullable = false, updatable = false)
    private LocalDate paidOn;

    @Column(name = "AMOUNT_MINOR", nullable = false, updatable = false)
    private long amountMinor;

    @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "METHOD", nullable = false, updatable = false, length = 20)
    private PaymentMethod method;

    @Column(name = "REFERENCE", updatable = false, length = 100)
    private String reference;

    @Column(name = "LEDGER_ENTRY_ID", nullable = false)
    private long ledgerEntryId;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    private String createdBy;

    protected SupplierPaymentEntity() {
        // for JPA
    }

    SupplierPaymentEntity(long cooperativeId, long invoiceId, LocalDate paidOn, Money amount, PaymentMethod method,
                          String reference, String login, Instant now) {
        this.cooperativeId = cooperativeId;
        this.invoiceId = invoiceId;
        this.paidOn = paidOn;
        this.amountMinor = amount.minorUnits();
        this.currency = amount.currency().getCurrencyCode();
        this.method = method;
        this.reference = reference;
        this.createdAt = Audit.column(now);
        this.createdBy = login;
    }

    /** The bank entry, posted in the same step as this payment is stored. */
    void posted(long entryId) {
        this.ledgerEntryId = entryId;
    }

    Long getId() {
        return id;
    }

    SupplierPayment toRecord() {
        return new SupplierPayment(id, invoiceId, paidOn, Money.of(amountMinor, currency), method, reference,
                ledgerEntryId, createdBy);
    }
}
