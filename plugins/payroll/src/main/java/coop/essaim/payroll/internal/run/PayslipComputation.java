package coop.essaim.payroll.internal.run;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.PayrollRules;
import coop.essaim.api.payroll.Payslip;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Optional;

/**
 * From a plan's figures to a lawful payslip. Every hour paid must pay at least the minimum wage: when the
 * budget's gross does not pay the planned hours at that rate (a low loaded hourly cost), the hours go down to
 * the whole hours the gross does pay, and the payslip is computed again, since charge reductions depend on the
 * hours. A plan whose budget does not pay one hour gives no payslip, and says why.
 */
public final class PayslipComputation {

    private final PayrollRules rules;
    private final YearMonth month;

    public PayslipComputation(PayrollRules rules, YearMonth month) {
        this.rules = rules;
        this.month = month;
    }

    /** The payslip, or the message key (with its arguments) saying why there is none. */
    public record Outcome(Payslip payslip, String problem, Object[] arguments) {

        static Outcome of(Payslip payslip) {
            return new Outcome(payslip, null, new Object[0]);
        }

        static Outcome refused(String problem, Object... arguments) {
            return new Outcome(null, problem, arguments);
        }

        public Optional<Payslip> found() {
            return Optional.ofNullable(payslip);
        }
    }

    /** The largest gross the loaded-salary {@code budget} pays for at most the planned hours of {@code planned}. */
    public Outcome fromBudget(EmployeeSituation planned, Money budget) {
        BigDecimal hours = planned.monthlyHours();
        Money hourly = rules.minimumHourlyWage(month);
        while (true) {
            Payslip payslip;
            try {
                payslip = rules.grossForEmployerCost(month, planned.withHours(hours), budget);
            } catch (IllegalArgumentException e) {
                return Outcome.refused("notice.budgetTooSmall", budget, hourly);
            }
            if (paysMinimumWage(payslip, hours, hourly)) {
                return Outcome.of(payslip);
            }
            BigDecimal paid = payslip.gross().toDecimal().divide(hourly.toDecimal(), 0, RoundingMode.FLOOR);
            BigDecimal fewer = paid.compareTo(hours) < 0 ? paid : hours.subtract(BigDecimal.ONE)
                    .setScale(0, RoundingMode.CEILING);
            if (fewer.signum() <= 0) {
                return Outcome.refused("notice.budgetTooSmall", budget, hourly);
            }
            hours = fewer;
        }
    }

    /** A fixed gross for the situation's hours; refused when it pays less than the minimum wage. */
    public Outcome fromGross(EmployeeSituation situation, Money gross) {
        Money hourly = rules.minimumHourlyWage(month);
        Payslip payslip = rules.compute(month, situation, gross);
        if (!paysMinimumWage(payslip, situation.monthlyHours(), hourly)) {
            return Outcome.refused("notice.belowMinimumWage", gross, situation.monthlyHours(), hourly);
        }
        return Outcome.of(payslip);
    }

    private static boolean paysMinimumWage(Payslip payslip, BigDecimal hours, Money hourly) {
        return payslip.gross().compareTo(hourly.times(hours, RoundingMode.HALF_UP)) >= 0;
    }
}
