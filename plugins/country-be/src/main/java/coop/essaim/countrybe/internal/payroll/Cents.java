package coop.essaim.countrybe.internal.payroll;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place Belgian payroll rounds: every amount of a payslip line, each step of the précompte key formula
 * (the expenses, each bracket's tax, the marital quotient, the monthly précompte, each part of the fiscal bonus)
 * and each band of the special contribution, to the cent, half up (annex III AR/CIR 92: "arrondi au cent, 0,005
 * vers le haut").
 */
final class Cents {

    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private Cents() {
    }

    /** {@code percent} % of {@code base}, to the cent. */
    static Money percentOf(Money base, BigDecimal percent) {
        return base.times(percent.movePointLeft(2), ROUNDING);
    }

    /** {@code base} times a coefficient ({@code 0.2443}), to the cent. */
    static Money times(Money base, BigDecimal factor) {
        return base.times(factor, ROUNDING);
    }

    /** A euro amount held as a decimal (the annual figures of the key formula), to the cent. */
    static BigDecimal round(BigDecimal euros) {
        return euros.setScale(2, ROUNDING);
    }
}
