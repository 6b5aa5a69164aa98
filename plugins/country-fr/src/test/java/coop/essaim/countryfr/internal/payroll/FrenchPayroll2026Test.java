package coop.essaim.countryfr.internal.payroll;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.ParameterEditions;
import coop.essaim.api.payroll.Payslip;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;

import static coop.essaim.countryfr.internal.payroll.FrenchLineCodes.*;
import static coop.essaim.countryfr.internal.payroll.PayslipAssertions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * 2026: the RGDU (décret n° 2025-887) and the 2026 ceiling and SMIC. The RGDU coefficients at 1 and 1.25 SMIC are
 * OpenFisca-France's test cases (0.3981 and 0.2225 under 50 employees).
 */
class FrenchPayroll2026Test {

    private static final YearMonth JANUARY_2026 = YearMonth.of(2026, 1);
    private static final BigDecimal FULL_TIME = new BigDecimal("151.67");
    private static final String URSSAF = "431000";

    private final FrenchPayrollRules rules = new FrenchPayrollRules();
    private final ParameterEditions<PayrollParameters> editions = PayrollEditions.load();

    private BigDecimal coefficient(String gross, BigDecimal hours) {
        PayrollParameters p = editions.forMonth(JANUARY_2026);
        return GeneralReduction.coefficient(p, eur(gross), MinimumWage.ofMonth(p, hours), 5);
    }

    @Test
    void rgduCoefficientsOfOpenFiscasTestCases() {
        // SMIC 2026: 12.02 × 35 × 52 / 12 = 1 823.03 €
        assertEquals(new BigDecimal("0.3981"), coefficient("1823.03", FULL_TIME));
        assertEquals(new BigDecimal("0.2225"), coefficient("2278.79", FULL_TIME));        // 1.25 SMIC
        assertEquals(new BigDecimal("0.0200"), coefficient("5469.00", FULL_TIME));        // just under 3 SMIC
        assertEquals(0, coefficient("5469.10", FULL_TIME).signum());                      // 3 SMIC
        assertEquals(0, coefficient("8000.00", FULL_TIME).signum());
    }

    @Test
    void rgduTakesTheHigherDeltaFromFiftyEmployees() {
        PayrollParameters p = editions.forMonth(JANUARY_2026);
        assertEquals(new BigDecimal("0.4021"), GeneralReduction.coefficient(p, eur("1823.03"),
                MinimumWage.ofMonth(p, FULL_TIME), 50));                                   // 0.02 + 0.3821
    }

    @Test
    void aPayslipOf2026UsesThe2026Values() {
        EmployeeSituation small = EmployeeSituation.of(FULL_TIME, 5, new BigDecimal("2.12"));
        Payslip low = rules.compute(JANUARY_2026, small, eur("1823.03"));
        assertEquals("FR 2026-01-01", low.parameterEdition());
        employerLine(low, MALADIE, "1823.03", "13.00", "236.99", URSSAF);               // no reduced rate in 2026
        employerLine(low, ALLOCATIONS_FAMILIALES, "1823.03", "5.25", "95.71", URSSAF);
        assertLine(low, VIEILLESSE_DEPLAFONNEE, "1823.03", "0.40", "7.29", "2.11", "38.47", URSSAF);
        employerLine(low, REDUCTION_GENERALE, "1823.03", "-39.81", "-725.75", URSSAF);

        Payslip high = rules.compute(JANUARY_2026, small, eur("4200.00"));
        assertLine(high, VIEILLESSE_PLAFONNEE, "4005.00", "6.90", "276.35", "8.55", "342.43", URSSAF);
        assertLine(high, AGIRC_ARRCO_T2, "195.00", "8.64", "16.85", "12.95", "25.25", "437100");
        assertLine(high, CET, "4200.00", "0.14", "5.88", "0.21", "8.82", "437100");
        // 3 × 1 823.0333 / 4 200 → C = 0.02 + 0.3781 × 0.15107^1.75 = 0.0338
        employerLine(high, REDUCTION_GENERALE, "4200.00", "-3.38", "-141.96", URSSAF);
        assertEquals(eur("3321.14"), high.netBeforeIncomeTax());
        assertEquals(eur("3440.81"), high.netTaxable());
        assertEquals(eur("340.64"), high.withholding());                             // 3 107 to 3 539 €: 9.9 %
        assertEquals(eur("5870.00"), high.employerCost());
    }

    /** Jeanne's part time: 13 hours; the reduction compares the gross with the SMIC of those 13 hours. */
    @Test
    void aPartTimePayslipUsesThePartTimeSmic() {
        EmployeeSituation partTime = EmployeeSituation.of(new BigDecimal("13"), 5, new BigDecimal("2.12"));
        Payslip atSmic = rules.compute(JANUARY_2026, partTime, eur("156.26"));         // 12.02 × 13
        employerLine(atSmic, REDUCTION_GENERALE, "156.26", "-39.81", "-62.21", URSSAF);
        employerLine(atSmic, MALADIE, "156.26", "13.00", "20.31", URSSAF);
        employeeLine(atSmic, CSG_DEDUCTIBLE, "153.53", "6.80", "10.44");
        assertEquals(eur("123.70"), atSmic.netBeforeIncomeTax());
        assertEquals(eur("128.15"), atSmic.netTaxable());
        assertEquals(eur("0"), atSmic.withholding());
        assertEquals(eur("161.15"), atSmic.employerCost());

        // 1.25 part-time SMIC: 0.2225 (against the full-time SMIC it would be the maximum 0.3981)
        Payslip above = rules.compute(JANUARY_2026, partTime, eur("195.33"));
        employerLine(above, REDUCTION_GENERALE, "195.33", "-22.25", "-43.46", URSSAF);
        assertEquals(eur("235.73"), above.employerCost());
    }

    @Test
    void theNeutralGridOfMay2026HasItsOwnEdition() {
        Money base = eur("1630.00");
        assertEquals(0, new BigDecimal("0.5").compareTo(
                WithholdingGrid.of(editions.forMonth(YearMonth.of(2026, 4))).ratePercentFor(base)));
        assertEquals(0, WithholdingGrid.of(editions.forMonth(YearMonth.of(2026, 5))).ratePercentFor(base).signum());
        assertEquals(0, new BigDecimal("7.5").compareTo(
                WithholdingGrid.of(editions.forMonth(YearMonth.of(2026, 6))).ratePercentFor(eur("3000.00"))));
        // the May 2026 edition changes the grid only
        assertEquals(eur("4005.00"), editions.forMonth(YearMonth.of(2026, 5)).pss());
    }

    @Test
    void theGridOf2025AtItsBounds() {
        WithholdingGrid grid = WithholdingGrid.of(editions.forMonth(YearMonth.of(2025, 5)));
        assertEquals(0, grid.ratePercentFor(eur("1619.99")).signum());
        assertEquals(0, new BigDecimal("0.5").compareTo(grid.ratePercentFor(eur("1620.00"))));
        assertEquals(0, new BigDecimal("2.9").compareTo(grid.ratePercentFor(eur("2000.00"))));   // DGFiP example
        assertEquals(0, new BigDecimal("2.1").compareTo(grid.ratePercentFor(eur("1800.00"))));   // DGFiP example
        assertEquals(0, new BigDecimal("38").compareTo(grid.ratePercentFor(eur("55061.99"))));
        assertEquals(0, new BigDecimal("43").compareTo(grid.ratePercentFor(eur("55062.00"))));
    }

    @Test
    void aGridWithoutAnUnboundedLastBandIsRefused() {
        PayrollParameters bad = new PayrollParameters(JANUARY_2026.atDay(1),
                java.util.Map.of("withholding.grid", "1620:0|1683:0.5"));
        assertThrows(IllegalStateException.class, () -> WithholdingGrid.of(bad));
    }
}
