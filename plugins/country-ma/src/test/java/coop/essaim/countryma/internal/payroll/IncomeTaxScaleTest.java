package coop.essaim.countryma.internal.payroll;

import coop.essaim.api.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static coop.essaim.countryma.internal.payroll.MoroccanPayrollRulesTest.mad;
import static coop.essaim.countryma.internal.payroll.MoroccanPayrollRulesTest.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The IR scale from 1 January 2025 in its monthly form (CGI art. 73-I as amended by the loi de finances n° 60-24:
 * annual 0 % to 40 000; 10 % to 60 000 − 4 000; 20 % to 80 000 − 10 000; 30 % to 100 000 − 18 000; 34 % to
 * 180 000 − 22 000; 37 % above − 27 400): each edge of each band, on both sides, and the monthly form against
 * the annual scale.
 */
class IncomeTaxScaleTest {

    private final IncomeTax tax = IncomeTax.of(params());

    private void assertTax(String netTaxable, String expected) {
        assertEquals(mad(expected), tax.scaleTax(mad(netTaxable)), netTaxable);
    }

    @Test
    void nothingUpTo3333Dirhams33AMonth() {
        assertTax("0.00", "0.00");
        assertTax("3333.33", "0.00");
        assertTax("3333.34", "0.00");      // 333.334 − 333.33, rounded
        assertTax("3400.00", "6.67");
    }

    @Test
    void tenPercentUpTo5000() {
        assertTax("5000.00", "166.67");    // 500.00 − 333.33
        assertTax("5000.01", "166.67");    // 20 %: 1 000.002 − 833.33
    }

    @Test
    void twentyPercentUpTo6666Dirhams67() {
        assertTax("6666.67", "500.00");    // 1 333.33 − 833.33
        assertTax("6666.68", "500.00");    // 30 %: 2 000.00 − 1 500
    }

    @Test
    void thirtyPercentUpTo8333Dirhams33() {
        assertTax("8333.33", "1000.00");   // 2 500.00 − 1 500
        assertTax("8333.34", "1000.01");   // 34 %: 2 833.34 − 1 833.33
    }

    @Test
    void thirtyFourPercentUpTo15000ThenThirtySeven() {
        assertTax("15000.00", "3266.67");  // 5 100 − 1 833.33
        assertTax("15000.01", "3266.67");  // 37 %: 5 550.00 − 2 283.33
        assertTax("20000.00", "5116.67");  // 7 400 − 2 283.33
    }

    /** The monthly form is the annual scale on twelve times the month, divided by twelve, within a centime. */
    @Test
    void theMonthlyFormFollowsTheAnnualScale() {
        long[][] annual = {{40_000, 0, 0}, {60_000, 10, 4_000}, {80_000, 20, 10_000}, {100_000, 30, 18_000},
                {180_000, 34, 22_000}, {Long.MAX_VALUE, 37, 27_400}};
        for (long minor = 0; minor <= 3_000_000; minor += 1_237) {
            Money month = Money.of(minor, "MAD");
            BigDecimal year = month.toDecimal().multiply(BigDecimal.valueOf(12));
            BigDecimal expected = null;
            for (long[] band : annual) {
                if (year.compareTo(BigDecimal.valueOf(band[0])) <= 0) {
                    expected = year.multiply(BigDecimal.valueOf(band[1])).movePointLeft(2)
                            .subtract(BigDecimal.valueOf(band[2])).max(BigDecimal.ZERO)
                            .divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP);
                    break;
                }
            }
            BigDecimal monthly = tax.scaleTax(month).toDecimal();
            assertTrue(monthly.subtract(expected).abs().compareTo(new BigDecimal("0.01")) <= 0,
                    month + ": monthly " + monthly + ", annual / 12 " + expected);
        }
    }
}
