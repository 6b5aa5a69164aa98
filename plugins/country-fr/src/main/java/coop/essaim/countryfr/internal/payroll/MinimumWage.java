package coop.essaim.countryfr.internal.payroll;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The SMIC of a month: the hourly SMIC times the hours paid, the threshold of the maladie and family allowance
 * rates and the base of the charge reduction. For a full-time month the hours are the exact 35 × 52 / 12, as the
 * URSSAF does (1 801.80 € in 2025, not 11.88 × 151.67 = 1 801.84 €). A threshold, not an amount paid: kept to 6
 * decimals, never rounded to the cent.
 */
final class MinimumWage {

    private static final int WEEKS = 52;
    private static final int MONTHS = 12;
    private static final int SCALE = 6;

    private MinimumWage() {
    }

    /** The hours of a full-time month as payslips print them: 151.67. */
    static BigDecimal fullTimeMonthlyHours(PayrollParameters parameters) {
        return exactFullTimeHours(parameters).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal ofMonth(PayrollParameters parameters, BigDecimal monthlyHours) {
        BigDecimal hourly = parameters.decimal("smic.hourly");
        if (monthlyHours.compareTo(fullTimeMonthlyHours(parameters)) == 0) {
            return hourly.multiply(parameters.decimal("legalHours.weekly")).multiply(BigDecimal.valueOf(WEEKS))
                    .divide(BigDecimal.valueOf(MONTHS), SCALE, RoundingMode.HALF_UP);
        }
        return hourly.multiply(monthlyHours).setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal exactFullTimeHours(PayrollParameters parameters) {
        return parameters.decimal("legalHours.weekly").multiply(BigDecimal.valueOf(WEEKS))
                .divide(BigDecimal.valueOf(MONTHS), MathContext.DECIMAL64);
    }
}
