package coop.essaim.invoicing.internal.purchase;

import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.sales.SalesRules;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.PaymentMethod;
import coop.essaim.invoicing.api.SupplierInvoice;
import coop.essaim.invoicing.api.SupplierInvoiceStatus;
import coop.essaim.invoicing.api.SupplierPayment;
import coop.essaim.invoicing.internal.LedgerActor;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.SalesRulebook;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What accounting does with a submitted supplier invoice: validating posts the purchases entry, each payment posts
 * a bank entry and settles that much of the invoice, in the same step as it is stored.
 */
final class PurchaseSettlement {

    private final ModuleStore store;
    private final SupplierInvoiceBook book;
    private final SalesRulebook rulebook;
    private final Ledger ledger;
    private final Clock clock;

    PurchaseSettlement(ModuleStore store, SupplierInvoiceBook book, SalesRulebook rulebook, Ledger ledger,
                       Clock clock) {
        this.store = store;
        this.book = book;
        this.rulebook = rulebook;
        this.ledger = ledger;
        this.clock = clock;
    }

    SupplierInvoice validate(UserContext actor, long invoiceId) {
        actor.require(InvoicingPermissions.VALIDATE);
        SalesRules rules = rulebook.rules(actor);
        return store.inTransaction(em -> {
            SupplierInvoiceEntity invoice = book.entity(em, actor, invoiceId);
            em.lock(invoice, LockModeType.PESSIMISTIC_WRITE);
            SupplierInvoiceBook.requireStatus(actor, invoice, SupplierInvoiceStatus.SUBMITTED);
            SupplierInvoice i = invoice.toRecord();
            ValidatedEntry entry = ledger.post(LedgerActor.posting(actor), PurchasePosting.validation(
                    actor.cooperativeId(), i, LocalDate.now(clock), Messages.text(actor.locale(), "ledger.purchase",
                            i.supplierNumber(), i.supplierName()), rules));
            invoice.validated(entry.id(), actor.login(), clock.instant());
            return invoice.toRecord();
        });
    }

    SupplierPayment pay(UserContext actor, long invoiceId, LocalDate paidOn, Money amount, PaymentMethod method,
                        String reference) {
        actor.require(InvoicingPermissions.RECORD_PAYMENTS);
        SalesRules rules = rulebook.rules(actor);
        return store.inTransaction(em -> {
            SupplierInvoiceEntity invoice = book.entity(em, actor, invoiceId);
            em.lock(invoice, LockModeType.PESSIMISTIC_WRITE);
            SupplierInvoice i = invoice.toRecord();
            String ref = check(actor, i, paidOn, amount, method, reference);
            SupplierPaymentEntity payment = new SupplierPaymentEntity(actor.cooperativeId(), invoiceId, paidOn, amount,
                    method, ref, actor.login(), clock.instant());
            em.persist(payment); // the sequence gives its id now: the entry's idempotency key names it
            ValidatedEntry entry = ledger.post(LedgerActor.posting(actor), PurchasePosting.payment(
                    actor.cooperativeId(), i, payment.getId(), paidOn, amount, Messages.text(actor.locale(),
                            "ledger.purchasePaid", i.supplierNumber(), i.supplierName()), rules));
            payment.posted(entry.id());
            invoice.settle(amount.minorUnits(), actor.login(), clock.instant());
            em.flush();
            return payment.toRecord();
        });
    }

    List<SupplierPayment> payments(UserContext actor, long invoiceId) {
        actor.require(InvoicingPermissions.VIEW);
        return store.read(em -> {
            book.entity(em, actor, invoiceId);
            return em.createQuery("select p from InvoicingSupplierPayment p where p.invoiceId = :i"
                            + " order by p.paidOn, p.id", SupplierPaymentEntity.class).setParameter("i", invoiceId)
                    .getResultStream().map(SupplierPaymentEntity::toRecord).toList();
        });
    }

    private String check(UserContext actor, SupplierInvoice invoice, LocalDate paidOn, Money amount,
                         PaymentMethod method, String reference) {
        List<FieldError> errors = new ArrayList<>();
        if (invoice.status() != SupplierInvoiceStatus.VALIDATED) {
            errors.add(new FieldError("invoice", Messages.text(actor.locale(), "error.purchasePayWhat")));
        }
        if (paidOn == null || paidOn.isAfter(LocalDate.now(clock)) || paidOn.isBefore(invoice.invoiceDate())) {
            errors.add(new FieldError("paidOn", Messages.text(actor.locale(), "error.paidOn")));
        }
        if (amount == null || !amount.isPositive() || !amount.currency().equals(invoice.totalInclVat().currency())) {
            errors.add(new FieldError("amount", Messages.text(actor.locale(), "error.amount",
                    invoice.totalInclVat().currency())));
        } else if (amount.compareTo(invoice.outstanding()) > 0) {
            errors.add(new FieldError("amount", Messages.text(actor.locale(), "error.overpaid",
                    invoice.outstanding().format(actor.locale()))));
        }
        if (method == null) {
            errors.add(new FieldError("method", Messages.text(actor.locale(), "error.method")));
        }
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        if (ref != null && ref.length() > 100) {
            errors.add(new FieldError("reference", Messages.text(actor.locale(), "error.length", 1, 100)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return ref;
    }
}
