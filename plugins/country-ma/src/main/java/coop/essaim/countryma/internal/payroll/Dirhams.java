package coop.essaim.countryma.internal.payroll;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place Moroccan payroll rounds: every contribution, the professional expenses, their monthly cap, the
 * family reduction and the IR, each to the centime, half up, each on its own (line by line, as a payslip shows
 * them; the DGI's monthly scale is itself rounded to the centime).
 */
final class Dirhams {

    private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private Dirhams() {
    }

    /** {@code percent} % of {@code base}, to the centime. */
    static Money percentOf(Money base, BigDecimal percent) {
        return base.times(percent.movePointLeft(2), ROUNDING);
    }

    /** {@code amount} divided by {@code divisor} (an annual amount by 12), to the centime. */
    static Money dividedBy(Money amount, int divisor) {
        return amount.times(BigDecimal.ONE.divide(BigDecimal.valueOf(divisor), 20, ROUNDING), ROUNDING);
    }

    static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
