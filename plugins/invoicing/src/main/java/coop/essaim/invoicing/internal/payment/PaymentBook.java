package coop.essaim.invoicing.internal.payment;

import coop.essaim.api.event.DomainEvent;
import coop.essaim.api.event.DomainEvents;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.sales.SalesAccounts;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.api.InvoiceStatus;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.Payment;
import coop.essaim.invoicing.api.PaymentMethod;
import coop.essaim.invoicing.api.Payments;
import coop.essaim.invoicing.internal.LedgerActor;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.Reach;
import coop.essaim.invoicing.internal.SalesRulebook;
import coop.essaim.invoicing.internal.invoice.InvoiceEntity;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payments received. Each posts a bank entry on the invoice's activity (bank debited, customer credited,
 * lettered with the invoice number) in the same step as it is stored, and settles that much of the invoice. Once
 * committed, it publishes {@value #PAYMENT_RECORDED} with {@code invoiceId}, {@code paymentId}, {@code activityId},
 * {@code ledgerEntryId} and {@code amount} (minor units), so other modules can react to the cash received (treasury
 * advances take their share of it).
 */
public final class PaymentBook implements Payments {

    public static final String PAYMENT_RECORDED = "invoicing.payment.recorded";

    private final ModuleStore store;
    private final Reach reach;
    private final SalesRulebook rulebook;
    private final Ledger ledger;
    private final DomainEvents events;
    private final Clock clock;

    public PaymentBook(ModuleStore store, Reach reach, SalesRulebook rulebook, Ledger ledger, DomainEvents events,
                       Clock clock) {
        this.events = events;
        this.store = store;
        this.reach = reach;
        this.rulebook = rulebook;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public Payment record(UserContext actor, long invoiceId, LocalDate paidOn, Money amount, PaymentMethod method,
                          String reference) {
        actor.require(InvoicingPermissions.RECORD_PAYMENTS);
        SalesAccounts accounts = rulebook.rules(actor).accounts();
        long[] activity = new long[1];
        Payment recorded = store.inTransaction(em -> {
            InvoiceEntity invoice = em.find(InvoiceEntity.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
            if (invoice == null || invoice.getCooperativeId() != actor.cooperativeId()
                    || !reach.reaches(actor, invoice.getActivityId())) {
                throw Reach.notFound(actor, "invoice");
            }
            Invoice current = invoice.toRecord();
            activity[0] = current.activityId();
            String ref = check(actor, current, paidOn, amount, method, reference);
            String customer = "C" + current.customerId();
            PaymentEntity payment = new PaymentEntity(actor.cooperativeId(), invoiceId, paidOn, amount, method, ref,
                    actor.login(), clock.instant());
            em.persist(payment); // the sequence gives its id now: the entry's idempotency key names it
            EntryDraft draft = new EntryDraft(actor.cooperativeId(), JournalCode.BANK, paidOn, current.number(), paidOn,
                    Messages.text(actor.locale(), "ledger.payment", current.number(), current.buyerName()),
                    List.of(PostingLine.debit(accounts.bank(), current.activityId(), amount),
                            PostingLine.credit(accounts.customers(), current.activityId(), amount)
                                    .withThirdParty(customer).withLettering(current.number())),
                    "invoicing:payment:" + actor.cooperativeId() + ":" + payment.getId());
            ValidatedEntry entry = ledger.post(LedgerActor.posting(actor), draft);
            payment.posted(entry.id());
            invoice.settle(amount.minorUnits(), actor.login(), clock.instant());
            em.flush();
            return payment.toRecord();
        });
        events.publish(new DomainEvent(PAYMENT_RECORDED, actor.cooperativeId(), actor.userId(), clock.instant(),
                Map.of("invoiceId", String.valueOf(invoiceId), "paymentId", String.valueOf(recorded.id()),
                        "activityId", String.valueOf(activity[0]), "ledgerEntryId",
                        String.valueOf(recorded.ledgerEntryId()), "amount", String.valueOf(amount.minorUnits()))));
        return recorded;
    }

    @Override
    public List<Payment> of(UserContext actor, long invoiceId) {
        actor.require(InvoicingPermissions.VIEW);
        return store.read(em -> {
            InvoiceEntity invoice = em.find(InvoiceEntity.class, invoiceId);
            if (invoice == null || invoice.getCooperativeId() != actor.cooperativeId()
                    || !reach.reaches(actor, invoice.getActivityId())) {
                throw Reach.notFound(actor, "invoice");
            }
            return em.createQuery("select p from InvoicingPayment p where p.invoiceId = :i order by p.paidOn, p.id",
                    PaymentEntity.class).setParameter("i", invoiceId).getResultStream()
                    .map(PaymentEntity::toRecord).toList();
        });
    }

    private String check(UserContext actor, Invoice invoice, LocalDate paidOn, Money amount, PaymentMethod method,
                         String reference) {
        List<FieldError> errors = new ArrayList<>();
        if (invoice.status() != InvoiceStatus.VALIDATED || invoice.kind() == InvoiceKind.CREDIT_NOTE) {
            errors.add(new FieldError("invoice", Messages.text(actor.locale(), "error.payWhat")));
        }
        if (paidOn == null || paidOn.isAfter(LocalDate.now(clock))
                || (invoice.issueDate() != null && paidOn.isBefore(invoice.issueDate()))) {
            errors.add(new FieldError("paidOn", Messages.text(actor.locale(), "error.paidOn")));
        }
        if (amount == null || !amount.isPositive()
                || !amount.currency().equals(invoice.totalInclVat().currency())) {
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
