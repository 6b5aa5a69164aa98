package coop.essaim.countryfr.internal.payroll;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The coefficient of the employer's general charge reduction, rounded to 4 decimals as art. D241-7 CSS says:
 * <ul>
 *   <li>{@code fillon} (réduction générale until 2025): C = (T / 0.6) × (1.6 × SMIC / gross − 1), between 0
 *       and T;</li>
 *   <li>{@code rgdu} (réduction générale dégressive unique from 2026): C = Tmin + Tdelta × [½ × (3 × SMIC / gross
 *       − 1)]^P, 0 from 3 SMIC, at most Tmin + Tdelta.</li>
 * </ul>
 * The power P = 1.75 has no exact decimal form: it is computed in double, which cannot change the coefficient
 * once rounded to 4 decimals; no amount of money goes through a double.
 */
final class GeneralReduction {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private GeneralReduction() {
    }

    static BigDecimal coefficient(PayrollParameters parameters, Money gross, BigDecimal monthlySmic, int headcount) {
        if (!gross.isPositive()) {
            return BigDecimal.ZERO.setScale(4);
        }
        BigDecimal ratio = monthlySmic.divide(gross.toDecimal(), PRECISION);     // SMIC / gross
        String formula = parameters.text("reduction.formula");
        return switch (formula) {
            case "fillon" -> fillon(parameters, ratio, headcount);
            case "rgdu" -> rgdu(parameters, ratio, headcount);
            default -> throw new IllegalStateException("reduction.formula of " + parameters.validFrom()
                    + ": unknown formula '" + formula + "'");
        };
    }

    private static BigDecimal fillon(PayrollParameters parameters, BigDecimal smicOverGross, int headcount) {
        BigDecimal t = parameters.byHeadcount("reduction.fillon.t", headcount);
        BigDecimal c = t.divide(parameters.decimal("reduction.fillon.divisor"), PRECISION)
                .multiply(parameters.decimal("reduction.fillon.smicMultiple").multiply(smicOverGross)
                        .subtract(BigDecimal.ONE), PRECISION)
                .setScale(4, RoundingMode.HALF_UP);
        return clamp(c, t);
    }

    private static BigDecimal rgdu(PayrollParameters parameters, BigDecimal smicOverGross, int headcount) {
        BigDecimal inner = parameters.decimal("reduction.rgdu.smicMultiple").multiply(smicOverGross)
                .subtract(BigDecimal.ONE).divide(BigDecimal.valueOf(2), PRECISION);
        if (inner.signum() <= 0) {
            return BigDecimal.ZERO.setScale(4);                           // 3 SMIC and above
        }
        BigDecimal tmin = parameters.decimal("reduction.rgdu.tmin");
        BigDecimal tdelta = parameters.byHeadcount("reduction.rgdu.tdelta", headcount);
        double power = Math.pow(inner.doubleValue(), parameters.decimal("reduction.rgdu.power").doubleValue());
        BigDecimal c = tmin.add(tdelta.multiply(BigDecimal.valueOf(power), PRECISION))
                .setScale(4, RoundingMode.HALF_UP);
        return clamp(c, tmin.add(tdelta));
    }

    private static BigDecimal clamp(BigDecimal c, BigDecimal max) {
        if (c.signum() < 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return c.min(max).setScale(4, RoundingMode.HALF_UP);
    }
}
