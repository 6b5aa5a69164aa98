package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;

import java.util.Objects;

/**
 * What an activity can pay as salary: {@link #availableForPay()} = turnover excl. VAT − contribution −
 * expenses (domain.md, "Money"), and the smoothing plan (étalement) that spreads it over months of loaded
 * salary (net + employee and employer contributions) chosen with the adviser. A pure computation in integer
 * minor units: the payroll plugins consume the plan, they do not recompute it.
 */
public record SalaryBudget(Money turnoverExclVat, Money contribution, Money expenses) {

    public SalaryBudget {
        Objects.requireNonNull(turnoverExclVat, "turnoverExclVat");
        Objects.requireNonNull(contribution, "contribution");
        Objects.requireNonNull(expenses, "expenses");
        // minus() refuses a second currency, naming both
        turnoverExclVat.minus(contribution).minus(expenses);
    }

    public Money availableForPay() {
        return turnoverExclVat.minus(contribution).minus(expenses);
    }

    /**
     * Spreads the available amount over {@code months} equal monthly loaded salaries and derives the hours a
     * month at {@code loadedHourlyCost}. Two roundings, both towards less pay, so the plan never promises more
     * than the activity has earned:
     * <ul>
     *   <li>the monthly salary is the available amount divided by the months, rounded <b>down</b> to the cent;
     *       the cents left over (fewer than {@code months}) are not paid by this plan and stay available for
     *       the next one ({@link SmoothingPlan#remainder()}), because a contract has one monthly salary, not a
     *       last month 2 cents higher;</li>
     *   <li>the hours are the monthly salary divided by the hourly cost, rounded <b>down</b> to whole hours: a
     *       contract states whole hours, and rounding up would pay more than the month funds.</li>
     * </ul>
     * When nothing is available (zero or a deficit), the plan pays nothing and the remainder is the whole
     * (possibly negative) available amount.
     *
     * @throws IllegalArgumentException when {@code months} is less than 1, the hourly cost is not positive, or
     *                                  it is in another currency
     */
    public SmoothingPlan smooth(int months, Money loadedHourlyCost) {
        if (months < 1) {
            throw new IllegalArgumentException("smooth over at least one month, not " + months);
        }
        Objects.requireNonNull(loadedHourlyCost, "loadedHourlyCost");
        if (!loadedHourlyCost.isPositive()) {
            throw new IllegalArgumentException("the loaded hourly cost must be positive, not " + loadedHourlyCost);
        }
        Money available = availableForPay();
        available.compareTo(loadedHourlyCost); // refuses another currency, naming both
        long monthlyMinor = available.isPositive() ? available.minorUnits() / months : 0;
        Money monthly = Money.of(monthlyMinor, available.currency());
        Money remainder = available.minus(Money.of(Math.multiplyExact(monthlyMinor, months), available.currency()));
        long hours = monthlyMinor / loadedHourlyCost.minorUnits();
        return new SmoothingPlan(available, months, monthly, remainder, loadedHourlyCost, hours);
    }
}
