package coop.essaim.payroll.api;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What the salary simulator is asked, in one of three ways:
 * <ul>
 *   <li>{@code turnoverExclVat}, {@code expenses} and {@code months}: what the activity would have available
 *       after the cooperative's contribution, smoothed over the months;</li>
 *   <li>{@code monthlyBudget}: a loaded salary (employer cost) a month;</li>
 *   <li>{@code gross}: a gross salary for {@code hours} (a full-time month when null).</li>
 * </ul>
 * {@code loadedHourlyCost}, when given, caps the hours a budget buys (budget ÷ cost, whole hours), as the
 * employment terms do; otherwise a budget buys as many hours as it pays at the minimum wage, up to full time.
 * {@code month} selects the law (null: the current month).
 */
public record Simulation(YearMonth month, Money turnoverExclVat, Money expenses, Integer months, Money monthlyBudget,
                         Money gross, BigDecimal hours, Money loadedHourlyCost, boolean executive) {
}
