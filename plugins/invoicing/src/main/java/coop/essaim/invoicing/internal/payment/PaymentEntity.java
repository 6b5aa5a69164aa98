package coop.essaim.invoicing.internal.payment;

import coop.essaim.api.money.Money;
import coop.essaim.invoicing.api.Payment;
import coop.essaim.invoicing.api.PaymentMethod;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** Table INV_PAYMENT: a payment received for an invoice. Never changed: a mistake is corrected by the bank entry. */
@Entity(name = "InvoicingPayment")
@Table(name = "INV_PAYMENT")
@AttributeOverride(name = "ledgerEntryId", column = @Column(name = "LEDGER_ENTRY_ID", nullable = false,
        updatable = false))
public class PaymentEntity extends PaymentRow {

    @Id
    @SequenceGenerator(name = "INV_PAYMENT_SEQ", sequenceName = "INV_PAYMENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_PAYMENT_SEQ")
    @Column(name = "ID")
    private Long id;

    protected PaymentEntity() {
        // for JPA
    }

    PaymentEntity(long cooperativeId, long invoiceId, LocalDate paidOn, Money amount, PaymentMethod method,
                  String reference, String login, Instant now) {
        super(cooperativeId, invoiceId, paidOn, amount, method, reference, login, now);
    }

    @Override
    public Long getId() {
        return id;
    }

    Payment toRecord() {
        return toRecord(Payment::new);
    }
}
