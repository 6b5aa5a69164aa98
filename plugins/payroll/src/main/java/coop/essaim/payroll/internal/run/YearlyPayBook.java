package coop.essaim.payroll.internal.run;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.payroll.api.PayrollPermissions;
import coop.essaim.payroll.api.PayrollYear;
import coop.essaim.payroll.api.RunStatus;
import coop.essaim.payroll.api.YearlyPay;
import coop.essaim.payroll.internal.Messages;
import coop.essaim.payroll.internal.Months;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * {@link PayrollYear} over the stored payslips: one grouped query, so a cooperative of thousands of employees is
 * summed by the database, not in memory. Only the payslips of validated runs count; the payslips carry their
 * cooperative, and the run's is checked too.
 */
public final class YearlyPayBook implements PayrollYear {

    static final int MAX_MONTHS = 24;

    private final ModuleContext context;

    /** How the core makes the extension: the store is read at each call, it exists once the module started. */
    public YearlyPayBook(ModuleContext context) {
        this.context = context;
    }

    @Override
    public List<YearlyPay> pay(UserContext actor, YearMonth from, YearMonth to) {
        actor.require(PayrollPermissions.VIEW_ALL);
        Messages m = new Messages(actor.locale());
        if (from == null) {
            throw new ValidationException("from", m.text("error.required"));
        }
        if (to == null) {
            throw new ValidationException("to", m.text("error.required"));
        }
        if (to.isBefore(from) || from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
            throw new ValidationException("to", m.text("error.year.period", from, MAX_MONTHS));
        }
        var store = context.store().orElseThrow(() -> new IllegalStateException("payroll: no store"));
        List<Object[]> rows = store.read(em -> em.createQuery("select p.personId, p.currency, sum(p.grossMinor),"
                        + " sum(p.hours), count(p), max(p.personName) from PayrollPayslip p, PayrollRun r"
                        + " where r.id = p.runId and r.cooperativeId = :c and p.cooperativeId = :c"
                        + " and r.status = :s and p.month >= :from and p.month <= :to"
                        + " group by p.personId, p.currency order by p.personId, p.currency", Object[].class)
                .setParameter("c", actor.cooperativeId()).setParameter("s", RunStatus.VALIDATED)
                .setParameter("from", Months.firstDay(from)).setParameter("to", Months.firstDay(to))
                .getResultList());
        return rows.stream().map(r -> {
            long person = ((Number) r[0]).longValue();
            return new YearlyPay(person, (String) r[5],
                    Money.of(((Number) r[2]).longValue(), (String) r[1]), decimal(r[3]),
                    ((Number) r[4]).intValue());
        }).toList();
    }

    private static BigDecimal decimal(Object sum) {
        BigDecimal d = sum instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(sum));
        return d.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
