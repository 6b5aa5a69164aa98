package coop.essaim.payroll.internal.simulator;

import coop.essaim.api.ledger.ContributionRate;
import coop.essaim.api.ledger.ContributionRateBook;
import coop.essaim.api.ledger.SalaryBudget;
import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.PayrollRules;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.payroll.api.PayrollPermissions;
import coop.essaim.payroll.api.Simulation;
import coop.essaim.payroll.api.SimulationResult;
import coop.essaim.payroll.internal.Messages;
import coop.essaim.payroll.internal.PayrollRulebook;
import coop.essaim.payroll.internal.PayrollSettings;
import coop.essaim.payroll.internal.run.PayslipComputation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;

/**
 * The salary simulator: what contract a turnover, a budget or a gross funds, computed by the same rules and
 * the same minimum-wage check as the monthly run, without storing anything. From turnover, the contribution is
 * the cooperative's rate in force on turnover (its monthly fee included), as the core's scheme computes it.
 */
public final class SalarySimulator {

    private static final int MAX_MONTHS = 36;

    private final PayrollRulebook rulebook;
    private final CooperativeSettings settings;
    private final ContributionRateBook rates;
    private final Clock clock;

    public SalarySimulator(PayrollRulebook rulebook, CooperativeSettings settings, ContributionRateBook rates,
                           Clock clock) {
        this.rulebook = rulebook;
        this.settings = settings;
        this.rates = rates;
        this.clock = clock;
    }

    public SimulationResult simulate(UserContext actor, Simulation asked) {
        actor.require(PayrollPermissions.SIMULATE);
        Messages m = new Messages(actor.locale());
        PayrollRules rules = rulebook.rules(actor);
        YearMonth month = asked.month() == null ? YearMonth.now(clock) : asked.month();
        if (month.isBefore(rules.firstMonth())) {
            throw new ValidationException("month", m.text("error.simulator.month", rules.firstMonth()));
        }
        PayrollSettings.Values values = PayrollSettings.Values.of(settings, actor);
        PayslipComputation computation = new PayslipComputation(rules, month);
        if (asked.gross() != null) {
            BigDecimal hours = asked.hours() == null ? rules.fullTimeMonthlyHours() : hours(asked.hours(), m);
            requirePositive(asked.gross(), "gross", m);
            var outcome = computation.fromGross(situation(hours, asked, values), asked.gross());
            return result(null, null, null, outcome, m);
        }
        Money contribution = null;
        Money available = null;
        Money budget = asked.monthlyBudget();
        if (budget == null) {
            if (asked.turnoverExclVat() == null) {
                throw new ValidationException("turnoverExclVat", m.text("error.simulator.what"));
            }
            int months = asked.months() == null ? 0 : asked.months();
            if (months < 1 || months > MAX_MONTHS) {
                throw new ValidationException("months", m.text("error.plan.months", MAX_MONTHS));
            }
            Money expenses = asked.expenses() == null ? Money.zero(asked.turnoverExclVat().currency())
                    : asked.expenses();
            contribution = contribution(actor, month, asked.turnoverExclVat(), months);
            SalaryBudget salaryBudget = new SalaryBudget(asked.turnoverExclVat(), contribution, expenses);
            available = salaryBudget.availableForPay();
            budget = available.isPositive() ? Money.of(available.minorUnits() / months, available.currency())
                    : Money.zero(available.currency());
        }
        if (!budget.isPositive()) {
            return new SimulationResult(contribution, available, budget, null,
                    m.text("notice.budgetTooSmall", budget, rules.minimumHourlyWage(month)));
        }
        BigDecimal hours = rules.fullTimeMonthlyHours();
        if (asked.loadedHourlyCost() != null) {
            requirePositive(asked.loadedHourlyCost(), "loadedHourlyCost", m);
            BigDecimal bought = budget.toDecimal().divide(asked.loadedHourlyCost().toDecimal(), 0, RoundingMode.FLOOR);
            if (bought.signum() <= 0) {
                return new SimulationResult(contribution, available, budget, null,
                        m.text("notice.noHours", budget, asked.loadedHourlyCost()));
            }
            hours = bought.min(hours);
        }
        var outcome = computation.fromBudget(situation(hours, asked, values), budget);
        return result(contribution, available, budget, outcome, m);
    }

    private Money contribution(UserContext actor, YearMonth month, Money turnover, int months) {
        ContributionRate rate = rates.inForce(actor, month.atDay(1));
        Money onTurnover = turnover.isPositive() ? turnover.times(rate.rate(), RoundingMode.HALF_UP)
                : Money.zero(turnover.currency());
        return rate.monthlyFee().map(fee -> onTurnover.plus(fee.times(BigDecimal.valueOf(months),
                RoundingMode.UNNECESSARY))).orElse(onTurnover);
    }

    private static EmployeeSituation situation(BigDecimal hours, Simulation asked, PayrollSettings.Values values) {
        return new EmployeeSituation(hours, asked.executive(), values.headcount(), values.accidentRatePercent(), 0,
                null, null);
    }

    private static SimulationResult result(Money contribution, Money available, Money budget,
                                           PayslipComputation.Outcome outcome, Messages m) {
        return new SimulationResult(contribution, available, budget, outcome.payslip(),
                outcome.problem() == null ? null : m.text(outcome.problem(), outcome.arguments()));
    }

    private static BigDecimal hours(BigDecimal hours, Messages m) {
        if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(300)) > 0 || hours.scale() > 2) {
            throw new ValidationException("hours", m.text("error.plan.hours"));
        }
        return hours;
    }

    private static void requirePositive(Money amount, String field, Messages m) {
        if (!amount.isPositive()) {
            throw new ValidationException(field, m.text("error.positive"));
        }
    }
}
