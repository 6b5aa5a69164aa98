package coop.essaim.invoicing.internal.payment;

import coop.essaim.api.money.Money;
import coop.essaim.invoicing.api.PaymentMethod;
import coop.essaim.invoicing.internal.Audit;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A payment of a document, received from a customer or made to a supplier, with the bank entry that posted it.
 * Never changed: a mistake is corrected by the bank entry.
 */
@MappedSuperclass
public abstract class PaymentRow {

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

    protected PaymentRow() {
        // for JPA
    }

    protected PaymentRow(long cooperativeId, long invoiceId, LocalDate paidOn, Money amount, PaymentMethod method,
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
    public void posted(long entryId) {
        this.ledgerEntryId = entryId;
    }

    public abstract Long getId();

    /** The payment as the api record {@code shape} makes of its values. */
    protected final <R> R toRecord(Shape<R> shape) {
        return shape.of(getId(), invoiceId, paidOn, Money.of(amountMinor, currency), method, reference, ledgerEntryId,
                createdBy);
    }

    /** The constructor of an api payment record. */
    @FunctionalInterface
    protected interface Shape<R> {
        R of(long id, long invoiceId, LocalDate paidOn, Money amount, PaymentMethod method, String reference,
             long ledgerEntryId, String recordedBy);
    }
}
