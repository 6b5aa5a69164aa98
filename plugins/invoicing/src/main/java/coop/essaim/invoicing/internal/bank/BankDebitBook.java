package coop.essaim.invoicing.internal.bank;

import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.BankDebits;
import coop.essaim.invoicing.api.BankLine;
import coop.essaim.invoicing.api.ExpenseNote;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.PaymentMethod;
import coop.essaim.invoicing.api.SupplierPayment;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.Reach;
import coop.essaim.invoicing.internal.expense.ExpenseBook;
import coop.essaim.invoicing.internal.purchase.SupplierInvoiceBook;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

/**
 * The statements' debits, matched by accounting: confirming one records the supplier's payment or the expense
 * note's reimbursement (each posted to the bank journal by its own book) and marks the line, as one decision.
 */
public final class BankDebitBook implements BankDebits {

    private final ModuleStore store;
    private final SupplierInvoiceBook invoices;
    private final ExpenseBook expenses;
    private final Activities activities;
    private final People people;

    public BankDebitBook(ModuleStore store, SupplierInvoiceBook invoices, ExpenseBook expenses, Activities activities,
                         People people) {
        this.store = store;
        this.invoices = invoices;
        this.expenses = expenses;
        this.activities = activities;
        this.people = people;
    }

    @Override
    public List<BankLine> unmatched(UserContext actor) {
        actor.require(InvoicingPermissions.RECORD_PAYMENTS);
        return store.read(em -> em.createQuery("select b from InvoicingBankLine b where b.cooperativeId = :c"
                        + " and b.amountMinor < 0 and b.paymentId is null and b.supplierPaymentId is null"
                        + " and b.expenseNoteId is null order by b.bookedOn, b.id", BankLineEntity.class)
                .setParameter("c", actor.cooperativeId()).setMaxResults(500).getResultStream()
                .map(BankLineEntity::toRecord).toList());
    }

    @Override
    public List<DebitSuggestion> suggestions(UserContext actor, long bankLineId) {
        actor.require(InvoicingPermissions.RECORD_PAYMENTS);
        BankLineEntity entity = store.read(em -> line(em, actor, bankLineId, null));
        BankLine line = entity.toRecord();
        if (!line.amount().isNegative() || entity.isMatched()) {
            return List.of();
        }
        return new DebitSuggestions(actor, invoices, expenses, activity -> memberNames(actor, activity)).of(line);
    }

    @Override
    public DebitMatch confirmSupplierInvoice(UserContext actor, long bankLineId, long supplierInvoiceId) {
        actor.require(InvoicingPermissions.RECORD_PAYMENTS);
        return store.inTransaction(em -> {
            BankLineEntity entity = openDebit(em, actor, bankLineId);
            BankLine line = entity.toRecord();
            SupplierPayment payment = invoices.pay(actor, supplierInvoiceId, line.bookedOn(), line.amount().negate(),
                    PaymentMethod.TRANSFER, reference(line));
            entity.matchedDebit(supplierInvoiceId, payment.id(), null, actor.login());
            return match(entity);
        });
    }

    @Override
    public DebitMatch confirmExpenseNote(UserContext actor, long bankLineId, long expenseNoteId) {
        actor.require(InvoicingPermissions.RECORD_PAYMENTS);
        return store.inTransaction(em -> {
            BankLineEntity entity = openDebit(em, actor, bankLineId);
            BankLine line = entity.toRecord();
            ExpenseNote note = expenses.find(actor, expenseNoteId)
                    .orElseThrow(() -> Reach.notFound(actor, "expenseNoteId"));
            if (!note.total().equals(line.amount().negate())) {
                throw new ValidationException("expenseNoteId", Messages.text(actor.locale(), "error.debitNoteAmount",
                        note.total().format(actor.locale())));
            }
            expenses.reimburse(actor, expenseNoteId, line.bookedOn());
            entity.matchedDebit(null, null, expenseNoteId, actor.login());
            return match(entity);
        });
    }

    private BankLineEntity openDebit(EntityManager em, UserContext actor, long bankLineId) {
        BankLineEntity entity = line(em, actor, bankLineId, LockModeType.PESSIMISTIC_WRITE);
        if (entity.isMatched() || !entity.toRecord().amount().isNegative()) {
            throw new ValidationException("bankLine", Messages.text(actor.locale(), "error.bankDebitMatched"));
        }
        return entity;
    }

    private static BankLineEntity line(EntityManager em, UserContext actor, long id, LockModeType lock) {
        BankLineEntity line = lock == null ? em.find(BankLineEntity.class, id) : em.find(BankLineEntity.class, id, lock);
        if (line == null || line.getCooperativeId() != actor.cooperativeId()) {
            throw Reach.notFound(actor, "bankLine");
        }
        return line;
    }

    private static DebitMatch match(BankLineEntity e) {
        return new DebitMatch(e.toRecord(), e.getSupplierInvoiceId(), e.getSupplierPaymentId(), e.getExpenseNoteId());
    }

    private static String reference(BankLine line) {
        return Camt053Reader.cut(line.bankReference() != null ? line.bankReference() : line.label(), 100);
    }

    /** The current members' names of an activity, as accounting reads them (none when it may not). */
    private List<String> memberNames(UserContext actor, long activityId) {
        try {
            return activities.find(actor, activityId).map(Activity::memberIds).orElse(List.of()).stream()
                    .map(id -> people.find(actor, id)).flatMap(Optional::stream).map(Person::displayName).toList();
        } catch (AccessDeniedException e) {
            return List.of(); // a role without the people's files still matches by amount and login
        }
    }
}
