package coop.essaim.invoicing.internal.forecast;

import coop.essaim.api.ledger.ExpectedCash;
import coop.essaim.api.ledger.ExpectedCashSource;
import coop.essaim.api.money.Money;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.ExpenseStatus;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.api.InvoiceStatus;
import coop.essaim.invoicing.internal.Messages;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What invoicing expects an activity's cash to receive and pay: what customers still owe on validated invoices,
 * on their due date, and the validated expense notes the cooperative has not repaid yet, as of their validation
 * (they are due at once). The core has checked that the user reads the activity's treasury; the labels say no
 * more than the ledger's own entries show that reader (the invoice's number and buyer).
 */
public final class InvoicingExpectedCash implements ExpectedCashSource {

    private final ModuleContext module;

    public InvoicingExpectedCash(ModuleContext module) {
        this.module = module;
    }

    @Override
    public List<ExpectedCash> expected(UserContext user, long activityId, LocalDate until) {
        ModuleStore store = module.store().orElseThrow(() -> new IllegalStateException("invoicing: no store"));
        return store.read(em -> {
            List<ExpectedCash> out = new ArrayList<>(receivables(em, user, activityId, until));
            out.addAll(expenseNotes(em, user, activityId, until));
            return out;
        });
    }

    private static List<ExpectedCash> receivables(EntityManager em, UserContext user, long activityId,
                                                  LocalDate until) {
        List<Object[]> rows = em.createQuery("select i.dueDate, i.totalInclMinor - i.settledMinor, i.currency,"
                        + " i.number, i.buyerName from InvoicingInvoice i where i.cooperativeId = :coop"
                        + " and i.activityId = :activity and i.status = :validated and i.kind <> :credit"
                        + " and i.settledMinor < i.totalInclMinor and i.dueDate <= :until order by i.dueDate, i.id",
                        Object[].class)
                .setParameter("coop", user.cooperativeId()).setParameter("activity", activityId)
                .setParameter("validated", InvoiceStatus.VALIDATED).setParameter("credit", InvoiceKind.CREDIT_NOTE)
                .setParameter("until", until).getResultList();
        return rows.stream().map(r -> new ExpectedCash((LocalDate) r[0], Money.of(((Number) r[1]).longValue(),
                (String) r[2]), Messages.text(user.locale(), "forecast.invoice", r[3], r[4]), (String) r[3])).toList();
    }

    private static List<ExpectedCash> expenseNotes(EntityManager em, UserContext user, long activityId,
                                                   LocalDate until) {
        List<Object[]> rows = em.createQuery("select e.validatedAt, e.totalMinor, e.currency, e.label, e.id"
                        + " from InvoicingExpenseNote e where e.cooperativeId = :coop and e.activityId = :activity"
                        + " and e.status = :validated order by e.validatedAt, e.id", Object[].class)
                .setParameter("coop", user.cooperativeId()).setParameter("activity", activityId)
                .setParameter("validated", ExpenseStatus.VALIDATED).getResultList();
        List<ExpectedCash> out = new ArrayList<>();
        for (Object[] r : rows) {
            LocalDate due = ((LocalDateTime) r[0]).toLocalDate();
            if (!due.isAfter(until)) {
                out.add(new ExpectedCash(due, Money.of(-((Number) r[1]).longValue(), (String) r[2]),
                        Messages.text(user.locale(), "forecast.expenseNote", r[3]), "NDF-" + r[4]));
            }
        }
        return out;
    }
}
