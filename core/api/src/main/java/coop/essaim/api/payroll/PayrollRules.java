package coop.essaim.api.payroll;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * Extension point: a country's payroll law. A country plugin ({@code country-fr}, {@code country-be}) lists its
 * implementation in {@code META-INF/services/coop.essaim.api.payroll.PayrollRules}; the payroll engine picks
 * the one whose {@link #country()} is the cooperative's country.
 *
 * <p>What the engine guarantees: it calls {@link #compute} with a gross in the country's currency and a month
 * at or after {@link #firstMonth()}; it never edits what the rules return. What the rules must do: compute
 * from dated parameters (data with a valid-from date, never constants in code) so that a payslip for a month
 * uses that month's values; round each line to the cent in one place; answer the same payslip for the same
 * arguments; stay free of side effects and thread-safe (the engine computes many payslips at once).
 */
public interface PayrollRules {

    /** ISO 3166 code of the country whose law this is: {@code FR}. */
    String country();

    /** The first month the rules hold parameters for; earlier months throw. */
    YearMonth firstMonth();

    /**
     * The payslip for {@code gross} paid for {@code month}.
     *
     * @throws MissingPayrollParametersException before {@link #firstMonth()}
     * @throws IllegalArgumentException          for a negative gross or another currency than the country's
     */
    Payslip compute(YearMonth month, EmployeeSituation situation, Money gross);

    /** The legal minimum hourly wage for the month (French SMIC), the floor of every hour paid. */
    Money minimumHourlyWage(YearMonth month);

    /** The hours of a full-time month (151.67 in France), for the simulator's full-time equivalent. */
    BigDecimal fullTimeMonthlyHours();

    PayrollAccounts accounts();

    /** The label of a payslip line's code in {@code locale} (the country's language first, English always). */
    String lineLabel(String code, Locale locale);

    /**
     * The inverse: the payslip of the <b>largest</b> gross, to the cent, whose employer cost does not exceed
     * {@code employerCostBudget}. The cost is not continuous in the gross (a rate changes past a threshold,
     * 2.25 or 3.3 French minimum wages), so the answer below a threshold can cost a few euros less than the
     * budget: paying one cent more would cost more than the budget.
     *
     * <p>This default searches by halving, which is exact when the cost never falls as the gross rises (true
     * of every rule set known: reductions shrink as pay grows). Rules where a higher gross can cost less must
     * override it.
     *
     * @throws IllegalArgumentException when the budget does not pay the smallest gross (one cent)
     */
    default Payslip grossForEmployerCost(YearMonth month, EmployeeSituation situation, Money employerCostBudget) {
        Objects.requireNonNull(employerCostBudget, "employerCostBudget");
        Payslip smallest = compute(month, situation, Money.of(1, employerCostBudget.currency()));
        if (smallest.employerCost().compareTo(employerCostBudget) > 0) {
            throw new IllegalArgumentException("employerCostBudget: " + employerCostBudget
                    + " does not pay the smallest gross (its cost is " + smallest.employerCost() + ")");
        }
        long low = 1;                                      // cost(low) <= budget
        long high = Math.max(2, employerCostBudget.minorUnits() + 1);
        while (costOf(month, situation, high, employerCostBudget) <= employerCostBudget.minorUnits()) {
            low = high;                                    // a country where cost < gross: widen the range
            high = Math.multiplyExact(high, 2);
        }
        while (high - low > 1) {                           // cost(low) <= budget < cost(high)
            long mid = low + (high - low) / 2;
            if (costOf(month, situation, mid, employerCostBudget) <= employerCostBudget.minorUnits()) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return compute(month, situation, Money.of(low, employerCostBudget.currency()));
    }

    private long costOf(YearMonth month, EmployeeSituation situation, long grossMinor, Money budget) {
        return compute(month, situation, Money.of(grossMinor, budget.currency())).employerCost().minorUnits();
    }
}
