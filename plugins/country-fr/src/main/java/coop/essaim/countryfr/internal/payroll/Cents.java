package coop.essaim.countryfr.internal.payroll;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place French payroll rounds: every base and amount of a payslip line, and the withholding, to the cent,
 * half up, each line on its own (payslip software and the URSSAF round line by line, never the total).
 */
final class Cents {

    private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private Cents() {
    }

    /** {@code percent} % of {@code base}, to the cent. */
    static Money percentOf(Money base, BigDecimal percent) {
        return base.times(percent.movePointLeft(2), ROUNDING);
    }

    /** {@code base} times a coefficient or a share ({@code 0.9825}), to the cent. */
    static Money times(Money base, BigDecimal factor) {
        return base.times(factor, ROUNDING);
    }
}
