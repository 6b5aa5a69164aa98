package coop.essaim.countrybe.internal.payroll;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.Household;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import static coop.essaim.countrybe.internal.payroll.BelgianPayrollRulesTest.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The edges of each bracket of the 2025 scale (26.75 % to 16,310, 42.80 % to 28,790, 48.15 % to 49,820, 53.50 %
 * above; annex III AR/CIR 92) and of each band of the CSSS scales (ONSS instructions). Each bracket's tax is
 * rounded before the next is added, so the full brackets weigh 4,362.93, 5,341.44 and 10,125.95.
 */
class TaxScaleEdgesTest {

    private final PayrollParameters p = PayrollEditions.load().forMonth(YearMonth.of(2025, 3));
    private final List<String[]> scale = p.tuples("pp.scale", 2);

    @Test
    void bracketsOfTheScale() {
        assertScale("0", "0");
        assertScale("16310.00", "4362.93");         // 26.75 % × 16 310 = 4 362.925
        assertScale("16311.00", "4363.36");         // + 42.80 % of 1
        assertScale("28790.00", "9704.37");         // + 42.80 % × 12 480 = 5 341.44
        assertScale("28791.00", "9704.85");         // + 48.15 % of 1 (0.4815 → 0.48)
        assertScale("49820.00", "19830.32");        // + 48.15 % × 21 030 = 10 125.95
        assertScale("49821.00", "19830.86");        // + 53.50 % of 1 (0.535 → 0.54)
        assertScale("100000.00", "46676.62");       // 19 830.32 + 53.50 % × 50 180 (26 846.30)
    }

    private void assertScale(String income, String tax) {
        assertEquals(new BigDecimal(tax), WithholdingTax.onScale(p, scale, new BigDecimal(income)), "tax on " + income);
    }

    @Test
    void bandsOfTheSpecialContribution() {
        assertCsss(Household.SINGLE, "1945.38", "0.00");
        assertCsss(Household.SINGLE, "2190.18", "10.33");       // 4.22 % × 244.80
        assertCsss(Household.SINGLE, "3737.00", "27.35");       // 10.33 + 1.1 % × 1 546.82
        assertCsss(Household.SINGLE, "4100.00", "39.62");       // 27.35 + 3.38 % × 363 (12.27)
        assertCsss(Household.SINGLE, "6038.82", "60.94");       // 39.61 + 1.1 % × 1 938.82
        assertCsss(Household.SINGLE, "7000.00", "60.94");       // the maximum
        assertCsss(Household.COUPLE_PARTNER_WITH_INCOME, "1095.09", "0.00");
        assertCsss(Household.COUPLE_PARTNER_WITH_INCOME, "1095.10", "5.15");
        assertCsss(Household.COUPLE_PARTNER_WITH_INCOME, "2000.00", "5.15");   // 5.9 % × 54.62 = 3.22: the minimum
        assertCsss(Household.COUPLE_PARTNER_WITH_INCOME, "2190.18", "14.44");  // 5.9 % × 244.80
        assertCsss(Household.COUPLE_PARTNER_WITH_INCOME, "6000.00", "51.64");  // 56.35: the maximum
        assertCsss(Household.COUPLE_PARTNER_WITHOUT_INCOME, "1500.00", "0.00");
        assertCsss(Household.COUPLE_PARTNER_WITHOUT_INCOME, "6000.00", "56.35");
        assertCsss(Household.COUPLE_PARTNER_WITHOUT_INCOME, "9000.00", "60.94");
    }

    private void assertCsss(Household household, String gross, String amount) {
        Money csss = SpecialContribution.of(p, household, eur(gross));
        assertEquals(eur(amount), csss, household + " at " + gross);
    }
}
