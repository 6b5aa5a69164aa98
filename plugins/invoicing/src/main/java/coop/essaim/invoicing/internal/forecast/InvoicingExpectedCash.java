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
import coop.essaim.invoicing.api.SupplierInvoiceStatus;
import coop.essaim.invoicing.internal.Messages;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What invoicing expects an activity's cash to receive and pay: what customers still owe on validated invoices
 * and what is left to pay on validated supplier invoices, on their due dates, and the validated expense notes the
 * cooperative has not repaid yet, as of their validation (they are due at once). The core has checked that the user reads the activity's treasury; the labels say no
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
            List<ExpectedCash> out = new ArrayList<>();
            out.addAll(due(em, user, activityId, until, "select i.dueDate, i.totalInclMinor - i.settledMinor,"
                    + " i.currency, i.number, i.buyer.name, i.number from InvoicingInvoice i"
                    + " where i.cooperativeId = :coop"
                    + " and i.activityId = :activity and i.status = :validated and i.kind <> :credit"
                    + " and i.settledMinor < i.totalInclMinor order by i.dueDate, i.id",
                    Map.of("validated", InvoiceStatus.VALIDATED, "credit", InvoiceKind.CREDIT_NOTE), 1,
                    "forecast.invoice", r -> (String) r[5]));
            out.addAll(due(em, user, activityId, until, "select s.dueDate, s.totalInclMinor - s.paidMinor,"
                    + " s.currency, s.supplierNumber, s.supplierName, s.id from InvoicingSupplierInvoice s"
                    + " where s.cooperativeId = :coop and s.activityId = :activity and s.status = :validated"
                    + " and s.paidMinor < s.totalInclMinor order by s.dueDate, s.id",
                    Map.of("validated", SupplierInvoiceStatus.VALIDATED), -1, "forecast.supplierInvoice",
                    r -> "ACH-" + r[5]));
            // an expense note is due as soon as it is validated
            out.addAll(due(em, user, activityId, until, "select e.validatedAt, e.totalMinor, e.currency, e.label,"
                    + " e.createdBy, e.id from InvoicingExpenseNote e where e.cooperativeId = :coop"
                    + " and e.activityId = :activity and e.status = :validated order by e.validatedAt, e.id",
                    Map.of("validated", ExpenseStatus.VALIDATED), -1, "forecast.expenseNote", r -> "NDF-" + r[5]));
            return out;
        });
    }

    /**
     * The documents {@code jpql} selects as (due day, amount left in minor units, currency, two label arguments,
     * id), {@code sign} saying which way the cash goes, those due after {@code until} left out.
     */
    private static List<ExpectedCash> due(EntityManager em, UserContext user, long activityId, LocalDate until,
                                          String jpql, Map<String, Object> params, int sign, String labelKey,
                                          Function<Object[], String> reference) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class)
                .setParameter("coop", user.cooperativeId()).setParameter("activity", activityId);
        params.forEach(query::setParameter);
        List<ExpectedCash> out = new ArrayList<>();
        for (Object[] r : query.getResultList()) {
            LocalDate day = r[0] instanceof LocalDateTime t ? t.toLocalDate() : (LocalDate) r[0];
            if (!day.isAfter(until)) {
                out.add(new ExpectedCash(day, Money.of(sign * ((Number) r[1]).longValue(), (String) r[2]),
                        Messages.text(user.locale(), labelKey, r[3], r[4]), reference.apply(r)));
            }
        }
        return out;
    }
}
