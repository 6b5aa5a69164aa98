package coop.essaim.countryma.internal.payroll;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.MissingPayrollParametersException;
import coop.essaim.api.payroll.Payslip;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Moroccan payslips of 2025. The worked example is issue 7's (single, 8 000 MAD gross); the other figures are
 * computed by hand from the rates of the 2025-01-01 edition (CNSS 4.48 % / 8.98 % up to 6 000 MAD, family
 * allowances 6.40 %, AMO 2.26 % / 4.11 %, TFP 1.60 %, CGI art. 59, 73 and 74 as amended by the loi de finances
 * n° 60-24 for 2025), each line rounded half up to the centime.
 */
class MoroccanPayrollRulesTest {

    static final YearMonth MARCH_2025 = YearMonth.of(2025, 3);

    private final MoroccanPayrollRules rules = new MoroccanPayrollRules();

    static Money mad(String amount) {
        return Money.parse(amount, Currency.getInstance("MAD"));
    }

    static EmployeeSituation withDependants(int dependants) {
        return new EmployeeSituation(new BigDecimal("191"), false, 3, BigDecimal.ZERO, dependants, null, Map.of());
    }

    private Payslip payslip(String gross, int dependants) {
        return rules.compute(MARCH_2025, withDependants(dependants), mad(gross));
    }

    @Test
    void theWorkedExampleOfASingleEmployeeAt8000Dirhams() {
        Payslip p = payslip("8000.00", 0);
        assertEquals(mad("268.80"), p.line("ma.cnss.prestations.sociales").employeeAmount());
        assertEquals(mad("180.80"), p.line("ma.amo").employeeAmount());
        IncomeTax.Computation ir = rules.incomeTax(MARCH_2025, withDependants(0), mad("8000.00"));
        assertEquals(mad("2000.00"), ir.professionalExpenses());
        assertEquals(mad("5550.40"), ir.netTaxable());
        assertEquals(mad("5550.40"), p.netTaxable());
        assertEquals(mad("276.75"), p.withholding());
        assertEquals(mad("7550.40"), p.netBeforeIncomeTax());
        assertEquals(mad("7273.65"), p.netPaid());
        assertEquals(mad("9507.60"), p.employerCost());
        assertEquals("MA 2025-01-01", p.parameterEdition());
    }

    @Test
    void theEmployerPaysEachContributionOnItsOwnLine() {
        Payslip p = payslip("8000.00", 0);
        assertEquals(mad("538.80"), p.line("ma.cnss.prestations.sociales").employerAmount());
        assertEquals(mad("512.00"), p.line("ma.cnss.allocations.familiales").employerAmount());
        assertEquals(mad("328.80"), p.line("ma.amo").employerAmount());
        assertEquals(mad("128.00"), p.line("ma.formation.professionnelle").employerAmount());
        assertEquals(mad("0.00"), p.line("ma.formation.professionnelle").employeeAmount());
        p.lines().forEach(l -> assertEquals("4441", l.payableAccount(), l.code()));
    }

    @Test
    void socialBenefitsStopAtTheCnssCeilingOf6000DirhamsButTheOtherLinesDoNot() {
        Payslip below = payslip("5000.00", 0);
        assertEquals(mad("224.00"), below.line("ma.cnss.prestations.sociales").employeeAmount());
        assertEquals(mad("449.00"), below.line("ma.cnss.prestations.sociales").employerAmount());
        for (String gross : new String[] {"6000.00", "6000.01", "12000.00", "50000.00"}) {
            Payslip p = payslip(gross, 0);
            assertEquals(mad("6000.00"), p.line("ma.cnss.prestations.sociales").base(), gross);
            assertEquals(mad("268.80"), p.line("ma.cnss.prestations.sociales").employeeAmount(), gross);
            assertEquals(mad("538.80"), p.line("ma.cnss.prestations.sociales").employerAmount(), gross);
        }
        Payslip high = payslip("12000.00", 0);
        assertEquals(mad("768.00"), high.line("ma.cnss.allocations.familiales").employerAmount());
        assertEquals(mad("271.20"), high.line("ma.amo").employeeAmount());
        assertEquals(mad("493.20"), high.line("ma.amo").employerAmount());
        assertEquals(mad("192.00"), high.line("ma.formation.professionnelle").employerAmount());
    }

    @Test
    void professionalExpensesAre35PercentUpTo78000AYearThen25PercentCappedAt35000() {
        IncomeTax tax = IncomeTax.of(params());
        assertEquals(mad("1750.00"), tax.professionalExpenses(mad("5000.00")));
        assertEquals(mad("2275.00"), tax.professionalExpenses(mad("6500.00")), "12 × 6 500 = 78 000: still 35 %");
        assertEquals(mad("1625.00"), tax.professionalExpenses(mad("6500.01")), "above 78 000 a year: 25 %");
        assertEquals(mad("2750.00"), tax.professionalExpenses(mad("11000.00")));
        assertEquals(mad("2916.67"), tax.professionalExpenses(mad("11666.68")), "25 % reaches 35 000 / 12");
        assertEquals(mad("2916.67"), tax.professionalExpenses(mad("20000.00")), "capped at 35 000 / 12");
    }

    @Test
    void theSwitchOfProfessionalExpensesShowsOnTheNetTaxableAndTheIr() {
        Payslip at = payslip("6500.00", 0);
        assertEquals(mad("3809.30"), at.netTaxable());     // 6 500 − 2 275 − 268.80 − 146.90
        assertEquals(mad("47.60"), at.withholding());      // 380.93 − 333.33
        assertEquals(mad("6036.70"), at.netPaid());
        Payslip above = payslip("6500.01", 0);
        assertEquals(mad("4459.31"), above.netTaxable());  // 6 500.01 − 1 625 − 268.80 − 146.90
        assertEquals(mad("112.60"), above.withholding());  // 445.93 − 333.33
        assertEquals(mad("5971.71"), above.netPaid());
    }

    @Test
    void eachDependantTakesATwelfthOf500DirhamsOffTheIrUpToSix() {
        assertEquals(mad("276.75"), payslip("8000.00", 0).withholding());
        assertEquals(mad("235.08"), payslip("8000.00", 1).withholding());   // − 41.67
        assertEquals(mad("151.75"), payslip("8000.00", 3).withholding());   // − 125.00
        assertEquals(mad("26.75"), payslip("8000.00", 6).withholding());    // − 250.00
        assertEquals(mad("26.75"), payslip("8000.00", 7).withholding(), "at most 6 dependants count");
        assertEquals(mad("26.75"), payslip("8000.00", 10).withholding());
        assertEquals(mad("7523.65"), payslip("8000.00", 6).netPaid());
    }

    @Test
    void theFamilyReductionNeverMakesTheIrNegative() {
        Payslip p = payslip("6000.00", 6);   // net taxable 6 000 − 2 100 − 268.80 − 135.60 = 3 495.60: IR 16.23
        assertEquals(mad("3495.60"), p.netTaxable());
        assertEquals(mad("0.00"), p.withholding());
        assertEquals(mad("16.23"), payslip("6000.00", 0).withholding());
        assertEquals(mad("0.00"), payslip("0.00", 0).withholding());
    }

    @Test
    void theSmigAndTheFullTimeMonthOf2025() {
        assertEquals(mad("17.10"), rules.minimumHourlyWage(MARCH_2025));
        assertEquals(0, new BigDecimal("191").compareTo(rules.fullTimeMonthlyHours()));
        assertEquals(YearMonth.of(2025, 1), rules.firstMonth());
        assertEquals("MA", rules.country());
    }

    @Test
    void beforeJanuary2025AndInAnotherCurrencyThePayslipIsRefused() {
        assertThrows(MissingPayrollParametersException.class,
                () -> rules.compute(YearMonth.of(2024, 12), withDependants(0), mad("8000.00")));
        assertThrows(IllegalArgumentException.class,
                () -> rules.compute(MARCH_2025, withDependants(0), Money.of(800_000, "EUR")));
        assertThrows(IllegalArgumentException.class,
                () -> rules.compute(MARCH_2025, withDependants(0), mad("-1.00")));
    }

    @Test
    void linesAreLabelledInFrenchEnglishAndArabic() {
        assertEquals("Assurance maladie obligatoire (AMO)", rules.lineLabel("ma.amo", Locale.FRENCH));
        assertEquals("Compulsory health insurance (AMO)", rules.lineLabel("ma.amo", Locale.ENGLISH));
        assertEquals("التأمين الإجباري الأساسي عن المرض", rules.lineLabel("ma.amo", Locale.forLanguageTag("ar")));
        for (String code : MoroccanLineCodes.ALL) {
            for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("ar-MA")}) {
                assertNotEquals(code, rules.lineLabel(code, locale), code);
            }
        }
    }

    static PayrollParameters params() {
        return PayrollEditions.load().forMonth(MARCH_2025);
    }
}
