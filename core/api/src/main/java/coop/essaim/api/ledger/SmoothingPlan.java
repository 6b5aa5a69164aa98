package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A smoothing plan made by {@link SalaryBudget#smooth}: {@code monthlyLoadedSalary} for each of {@code months}
 * months, {@code remainder} left available afterwards (monthly × months + remainder = available, to the
 * cent), and {@code hoursPerMonth} whole hours at {@code loadedHourlyCost}.
 */
public record SmoothingPlan(Money available, int months, Money monthlyLoadedSalary, Money remainder,
                            Money loadedHourlyCost, long hoursPerMonth) {

    /**
     * The loaded cost of the contract actually signed: whole hours × hourly cost, at most
     * {@link #monthlyLoadedSalary()} (13 h × 10.10 € = 131.30 € of a 133.33 € month).
     */
    public Money contractLoadedSalary() {
        return loadedHourlyCost.times(BigDecimal.valueOf(hoursPerMonth), RoundingMode.UNNECESSARY);
    }
}
