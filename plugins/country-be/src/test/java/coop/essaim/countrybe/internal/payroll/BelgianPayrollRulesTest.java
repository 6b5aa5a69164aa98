package coop.essaim.countrybe.internal.payroll;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.Household;
import coop.essaim.api.payroll.MissingPayrollParametersException;
import coop.essaim.api.payroll.PayrollRules;
import coop.essaim.api.payroll.Payslip;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;
import java.util.ServiceLoader;

import static coop.essaim.countrybe.internal.payroll.BelgianLineCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Belgian payslips of an employé, 2025. The first test is the published example; the others were computed by
 * hand from the parameter file (annex III AR/CIR 92 key formula 2025, ONSS instructions 2025/1), step by step,
 * half up to the cent, as written beside each figure.
 */
class BelgianPayrollRulesTest {

    static final YearMonth MARCH_2025 = YearMonth.of(2025, 3);
    static final BigDecimal FULL_TIME = new BigDecimal("164.67");

    private final BelgianPayrollRules rules = new BelgianPayrollRules();

    static Money eur(String amount) {
        return Money.parse(amount, BelgianPayrollRules.EUR);
    }

    static EmployeeSituation employee(Household household, int children) {
        return EmployeeSituation.of(FULL_TIME, 5, BigDecimal.ZERO).inHousehold(household).withDependants(children);
    }

    /**
     * The CGSLB/ACLVB (liberal trade union) published example for 2025, as quoted in issue 7: an employé,
     * 3,750 € gross, married, partner with own income, 1 dependent child: ONSS 490.13, précompte 691.21,
     * CSSS 31.60, net 2,537.06.
     */
    @Test
    void publishedCgslbExampleToTheCent() {
        var c = rules.breakdown(MARCH_2025, employee(Household.COUPLE_PARTNER_WITH_INCOME, 1), eur("3750.00"));
        Payslip p = c.payslip();

        assertEquals(eur("490.13"), p.line(ONSS).employeeAmount());           // 13.07 % of 3 750
        assertEquals(eur("937.50"), p.line(ONSS).employerAmount());           // 25 %
        assertEquals(eur("0.00"), c.bonus().total());                         // above 3 271.48: no bonus
        assertEquals(eur("3259.87"), p.netTaxable());
        assertEquals(new BigDecimal("5930.00"), c.tax().expenses());          // 30 % of 39 118.44, capped
        assertEquals(new BigDecimal("8906.47"), c.tax().baseTax());           // 11 822.22 − 2 915.75
        assertEquals(new BigDecimal("8294.47"), c.tax().annualTax());         // − 612 for one child
        assertEquals(eur("691.21"), p.withholding());
        assertEquals(eur("31.60"), p.line(SPECIAL_CONTRIBUTION).employeeAmount());
        assertEquals(eur("2537.06"), p.netPaid());
        assertEquals(eur("4687.50"), p.employerCost());
        assertEquals("BE 2025-02-01", p.parameterEdition());
        assertEquals("BE", p.country());
    }

    /** Single, no child, 2,500 €: both parts of the bonus, the fiscal bonus, the single CSSS scale. */
    @Test
    void singleEmployeeWithBothPartsOfTheBonus() {
        var c = rules.breakdown(MARCH_2025, employee(Household.SINGLE, 0), eur("2500.00"));
        Payslip p = c.payslip();

        assertEquals(eur("326.75"), p.line(ONSS).employeeAmount());
        assertEquals(eur("-120.59"), p.line(WORK_BONUS_A).employeeAmount());  // 2 500 <= 2 777.83: full part A
        assertEquals(eur("-74.97"), p.line(WORK_BONUS_B).employeeAmount());   // 162.62 − 0.2699 × 324.75
        assertEquals(eur("2368.81"), p.netTaxable());                         // 2 500 − (326.75 − 195.56)
        assertEquals(new BigDecimal("4094.67"), c.tax().baseTax());           // 4 362.93 + 2 647.49 − 2 915.75
        assertEquals(eur("341.22"), c.tax().beforeFiscalBonus());
        assertEquals(eur("79.35"), c.tax().fiscalBonus());                    // 33.14 % × 120.59 + 52.54 % × 74.97
        assertEquals(eur("261.87"), p.withholding());
        assertEquals(eur("13.74"), p.line(SPECIAL_CONTRIBUTION).employeeAmount()); // 10.33 + 1.1 % × 309.82
        assertEquals(eur("2093.20"), p.netPaid());
        assertEquals(eur("3125.00"), p.employerCost());
    }

    /** Partner without income: the marital quotient (30 % of the net taxed apart) and the doubled allowance. */
    @Test
    void maritalQuotientForASingleIncomeCouple() {
        var c = rules.breakdown(MARCH_2025, employee(Household.COUPLE_PARTNER_WITHOUT_INCOME, 0), eur("3750.00"));

        assertEquals(new BigDecimal("9956.53"), c.tax().maritalQuotient());   // 30 % of 33 188.44
        // 7 325.51 on 23 231.91 + 2 663.37 on 9 956.53 − 2 × 2 915.75
        assertEquals(new BigDecimal("4157.38"), c.tax().baseTax());
        assertEquals(eur("346.45"), c.payslip().withholding());
        assertEquals(eur("31.60"), c.payslip().line(SPECIAL_CONTRIBUTION).employeeAmount());
        assertEquals(eur("2881.82"), c.payslip().netPaid());
    }

    /** 8,000 €: the quotient stops at 13,460 €, the CSSS at its 60.94 € maximum. */
    @Test
    void maritalQuotientAndSpecialContributionAtTheirCaps() {
        var c = rules.breakdown(MARCH_2025, employee(Household.COUPLE_PARTNER_WITHOUT_INCOME, 0), eur("8000.00"));

        assertEquals(new BigDecimal("13460.00"), c.tax().maritalQuotient());  // 30 % would be 23 256.84
        // 27 450.22 on 64 062.80 + 3 600.55 on 13 460 − 5 831.50 = 25 219.27; ÷ 12
        assertEquals(eur("2101.61"), c.payslip().withholding());
        assertEquals(eur("60.94"), c.payslip().line(SPECIAL_CONTRIBUTION).employeeAmount());
    }

    /** A single parent of two: the children's reduction (1,620 €) and the single parent's (612 €). */
    @Test
    void singleParentReductions() {
        var c = rules.breakdown(MARCH_2025, employee(Household.SINGLE, 2), eur("2500.00"));

        assertEquals(new BigDecimal("2232"), c.tax().familyReductions());
        assertEquals(eur("155.22"), c.tax().beforeFiscalBonus());            // (4 094.67 − 2 232) ÷ 12
        assertEquals(eur("75.87"), c.payslip().withholding());               // − 79.35 of fiscal bonus
    }

    /** Reductions never exceed the tax, and the fiscal bonus never makes the précompte negative. */
    @Test
    void lowPayOwesNoPrecompte() {
        var c = rules.breakdown(MARCH_2025, employee(Household.SINGLE, 3), eur("1800.00"));

        assertEquals(new BigDecimal("1275.98"), c.tax().familyReductions()); // the tax, not 4 320 + 612
        assertEquals(eur("0.00"), c.payslip().withholding());
        // the bonus is capped at the contribution: part B gives way (235.26 − 120.59)
        assertEquals(eur("-114.67"), c.payslip().line(WORK_BONUS_B).employeeAmount());
        assertEquals(eur("1800.00"), c.payslip().netTaxable());
    }

    @Test
    void edgesOfTheWorkBonus() {
        assertBonus("2175.25", "120.59", "162.62");   // last cent of full part B
        assertBonus("2400.00", "120.59", "101.96");   // 162.62 − 0.2699 × 224.75 (60.66)
        assertBonus("2225.25", "120.59", "149.13");   // 162.62 − 13.495 = 149.125: rounded once, half up
        assertBonus("2777.82", "120.59", "0.00");     // part B has run out (162.63 of decrease)
        assertBonus("2777.83", "120.59", "0.00");     // last cent of full part A
        assertBonus("2777.84", "120.59", "0.00");     // 0.2443 × 0.01 rounds to nothing
        assertBonus("3000.00", "66.31", "0.00");      // 120.59 − 0.2443 × 222.17 (54.28)
        assertBonus("3271.47", "0.00", "0.00");       // 120.59 − 120.60: nothing left
        assertBonus("3271.49", "0.00", "0.00");       // past the end of part A
    }

    /** Half time: the thresholds read the full-time reference (3,000 €), the bonus is halved. */
    @Test
    void partTimeBonusIsProrated() {
        BigDecimal halfTime = new BigDecimal("82.335");
        var c = rules.breakdown(MARCH_2025, employee(Household.SINGLE, 0).withHours(halfTime), eur("1500.00"));

        assertEquals(eur("33.16"), c.bonus().partA());                       // 66.31 × 0.5
        assertEquals(eur("0.00"), c.bonus().partB());
    }

    private void assertBonus(String gross, String a, String b) {
        WorkBonus bonus = rules.breakdown(MARCH_2025, employee(Household.SINGLE, 0), eur(gross)).bonus();
        assertEquals(eur(a), bonus.partA(), "part A at " + gross);
        assertEquals(eur(b), bonus.partB(), "part B at " + gross);
    }

    @Test
    void noLineForABonusOrContributionThatIsZero() {
        Payslip p = rules.compute(MARCH_2025, employee(Household.SINGLE, 0), eur("1945.38"));
        assertTrue(p.lines().stream().noneMatch(l -> l.code().equals(SPECIAL_CONTRIBUTION)));
        Payslip high = rules.compute(MARCH_2025, employee(Household.SINGLE, 0), eur("5000.00"));
        assertTrue(high.lines().stream().noneMatch(l -> l.code().startsWith("be.bonus")));
        assertEquals(new BigDecimal("13.07"), high.line(ONSS).employeeRatePercent());
        assertEquals(new BigDecimal("25.00"), high.line(ONSS).employerRatePercent());
    }

    @Test
    void ruleChecks() {
        assertThrows(MissingPayrollParametersException.class,
                () -> rules.compute(YearMonth.of(2025, 1), employee(Household.SINGLE, 0), eur("2000.00")));
        assertThrows(IllegalArgumentException.class,
                () -> rules.compute(MARCH_2025, employee(Household.SINGLE, 0), Money.parse("2000.00",
                        java.util.Currency.getInstance("USD"))));
        assertThrows(IllegalArgumentException.class,
                () -> rules.compute(MARCH_2025, employee(Household.SINGLE, 0), eur("-1.00")));
        assertEquals(YearMonth.of(2025, 2), rules.firstMonth());
        assertEquals(new BigDecimal("164.67"), rules.fullTimeMonthlyHours());
        assertEquals(eur("12.57"), rules.minimumHourlyWage(MARCH_2025));       // 2 070.48 ÷ 164.67
        assertEquals("455000", rules.accounts().netPayDue());
        assertEquals("453000", rules.accounts().withholdingDue());
    }

    @Test
    void labelsInFrenchDutchAndEnglish() {
        assertEquals("Cotisation spéciale de sécurité sociale", rules.lineLabel(SPECIAL_CONTRIBUTION, Locale.FRENCH));
        assertEquals("Bijzondere bijdrage voor de sociale zekerheid",
                rules.lineLabel(SPECIAL_CONTRIBUTION, new Locale("nl", "BE")));
        assertEquals("Special social security contribution", rules.lineLabel(SPECIAL_CONTRIBUTION, Locale.ENGLISH));
        assertEquals("be.unknown", rules.lineLabel("be.unknown", Locale.FRENCH));
    }

    @Test
    void theServiceFileNamesTheRules() {
        boolean found = false;
        for (PayrollRules r : ServiceLoader.load(PayrollRules.class)) {
            found |= r.country().equals("BE");
        }
        assertTrue(found);
        assertFalse(new BelgianPayrollRules().country().isBlank());
    }
}
