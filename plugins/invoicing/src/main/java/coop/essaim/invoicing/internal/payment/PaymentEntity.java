package coop.essaim.invoicing.internal.payment;

import coop.essaim.api.money.Money;
import coop.essaim.invoicing.api.Payment;
import coop.essaim.invoicing.api.PaymentMethod;
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

/** Table INV_PAYMENT: a payment received for an invoice. Never changed: a mistake is corrected by the bank entry. */
@Entity(name = "InvoicingPayment")
@Table(name = "INV_PAYMENT")
public class PaymentEntity {

    @Id
    @SequenceGenerator(name = "INV_PAYMENT_SEQ", sequenceName = "INV_PAYMENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_PAYMENT_SEQ")
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

    @Column(name = "LEDGER_ENTRY_ID", nullable = false, updatable = false)
    private long ledgerEntryId;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    private String createdBy;

    protected PaymentEntity() {
        // for JPA
    }

    PaymentEntity(long cooperativeId, long invoiceId, LocalDate paidOn, Money amount, PaymentMethod method,
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

    Payment toRecord() {
        return new Payment(id, invoiceId, paidOn, Money.of(amountMinor, currency), method, reference, ledgerEntryId,
                createdBy);
    }
}
