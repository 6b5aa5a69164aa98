package coop.essaim.invoicing.internal.purchase;

import coop.essaim.api.money.Money;
import coop.essaim.invoicing.api.PaymentMethod;
import coop.essaim.invoicing.api.SupplierPayment;
import coop.essaim.invoicing.internal.payment.PaymentRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** Table INV_SUPPLIER_PAYMENT: a payment made to a supplier. Never changed: the bank entry corrects a mistake. */
@Entity(name = "InvoicingSupplierPayment")
@Table(name = "INV_SUPPLIER_PAYMENT")
public class SupplierPaymentEntity extends PaymentRow {

    @Id
    @SequenceGenerator(name = "INV_SUPPLIER_PAYMENT_SEQ", sequenceName = "INV_SUPPLIER_PAYMENT_SEQ",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_SUPPLIER_PAYMENT_SEQ")
    @Column(name = "ID")
    private Long id;

    protected SupplierPaymentEntity() {
        // for JPA
    }

    SupplierPaymentEntity(long cooperativeId, long invoiceId, LocalDate paidOn, Money amount, PaymentMethod method,
                          String reference, String login, Instant now) {
        super(cooperativeId, invoiceId, paidOn, amount, method, reference, login, now);
    }

    @Override
    public Long getId() {
        return id;
    }

    SupplierPayment toRecord() {
        return toRecord(SupplierPayment::new);
    }
}
