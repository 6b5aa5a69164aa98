package coop.essaim.countryfr.internal.payroll;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.MissingPayrollParametersException;
import coop.essaim.api.payroll.ParameterEditions;
import coop.essaim.api.payroll.PayrollRules;
import coop.essaim.api.payroll.Payslip;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

import static coop.essaim.countryfr.internal.payroll.FrenchLineCodes.*;
import static coop.essaim.countryfr.internal.payroll.PayslipAssertions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * French payslips, 2025. Expected figures computed by hand from the parameter files' sources (urssaf.fr rates
 * 2025, OpenFisca-France parameters, the DGFiP neutral-rate grid of 1 May 2025), line by line, half up to the cent.
 */
class FrenchPayrollRulesTest {

    static final YearMonth MAY_2025 = YearMonth.of(2025, 5);
    static final BigDecimal FULL_TIME = new BigDecimal("151.67");
    static final String URSSAF = "431000";
    static final String PENSIONS = "437100";

    private final FrenchPayrollRules rules = new FrenchPayrollRules();

    /** The worked example: non-cadre, under 11 employees, AT/MP 2.12 %, no mutuelle, 2 500 € for 151.67 h. */
    @Test
    void workedExampleOfMay2025ToTheCent() {
        Payslip p = rules.compute(MAY_2025, EmployeeSituation.of(FULL_TIME, 5, new BigDecimal("2.12")),
                eur("2500.00"));

        assertCodes(p, MALADIE, VIEILLESSE_PLAFONNEE, VIEILLESSE_DEPLAFONNEE, ALLOCATIONS_FAMILIALES,
                ACCIDENTS_DU_TRAVAIL, CSA, CHOMAGE, AGS, AGIRC_ARRCO_T1, CEG_T1, FNAL, DIALOGUE_SOCIAL,
                CSG_DEDUCTIBLE, CSG_NON_DEDUCTIBLE, CRDS, FORMATION, APPRENTISSAGE, REDUCTION_GENERALE);
        employerLine(p, MALADIE, "2500.00", "7.00", "175.00", URSSAF);          // 2 500 <= 2.25 × 1 801.80
        assertLine(p, VIEILLESSE_PLAFONNEE, "2500.00", "6.90", "172.50", "8.55", "213.75", URSSAF);
        assertLine(p, VIEILLESSE_DEPLAFONNEE, "2500.00", "0.40", "10.00", "2.02", "50.50", URSSAF);
        employerLine(p, ALLOCATIONS_FAMILIALES, "2500.00", "3.45", "86.25", URSSAF);
        employerLine(p, ACCIDENTS_DU_TRAVAIL, "2500.00", "2.12", "53.00", URSSAF);
        employerLine(p, CSA, "2500.00", "0.30", "7.50", URSSAF);
        employerLine(p, CHOMAGE, "2500.00", "4.00", "100.00", URSSAF);
        employerLine(p, AGS, "2500.00", "0.25", "6.25", URSSAF);
        assertLine(p, AGIRC_ARRCO_T1, "2500.00", "3.15", "78.75", "4.72", "118.00", PENSIONS);
        assertLine(p, CEG_T1, "2500.00", "0.86", "21.50", "1.29", "32.25", PENSIONS);
        employerLine(p, FNAL, "2500.00", "0.10", "2.50", URSSAF);
        employerLine(p, DIALOGUE_SOCIAL, "2500.00", "0.016", "0.40", URSSAF);
        employeeLine(p, CSG_DEDUCTIBLE, "2456.25", "6.80", "167.03");          // 98.25 % of the gross
        employeeLine(p, CSG_NON_DEDUCTIBLE, "2456.25", "2.40", "58.95");
        employeeLine(p, CRDS, "2456.25", "0.50", "12.28");
        employerLine(p, FORMATION, "2500.00", "0.55", "13.75", URSSAF);
        employerLine(p, APPRENTISSAGE, "2500.00", "0.68", "17.00", URSSAF);
        // C = (0.3193 / 0.6) × (1.6 × 11.88 × 151.67 / 2 500 − 1) = 0.08152 → 0.0815
        employerLine(p, REDUCTION_GENERALE, "2500.00", "-8.15", "-203.75", URSSAF);

        assertEquals(eur("521.01"), p.employeeContributions());
        assertEquals(eur("1978.99"), p.netBeforeIncomeTax());
        assertEquals(eur("2050.22"), p.netTaxable());
        assertEquals(eur("71.76"), p.withholding());                            // 2 042 to 2 151 €: 3.5 %
        assertEquals(eur("1907.23"), p.netPaid());
        assertEquals(eur("672.40"), p.employerContributions());
        assertEquals(eur("3172.40"), p.employerCost());
        assertEquals("FR 2025-05-01", p.parameterEdition());
        assertEquals("FR", p.country());
    }

    /** A cadre above 1 PSS, 60 employees: T2, CET, APEC, prévoyance, FNAL 0.50 % on the whole gross, training 1 %. */
    @Test
    void cadreAboveTheCeilingInALargeEmployer() {
        EmployeeSituation cadre = EmployeeSituation.of(FULL_TIME, 60, new BigDecimal("1.00")).asExecutive(true);
        Payslip p = rules.compute(MAY_2025, cadre, eur("6000.00"));

        employerLine(p, MALADIE, "6000.00", "13.00", "780.00", URSSAF);         // above 2.25 SMIC
        assertLine(p, VIEILLESSE_PLAFONNEE, "3925.00", "6.90", "270.83", "8.55", "335.59", URSSAF);
        assertLine(p, VIEILLESSE_DEPLAFONNEE, "6000.00", "0.40", "24.00", "2.02", "121.20", URSSAF);
        employerLine(p, ALLOCATIONS_FAMILIALES, "6000.00", "5.25", "315.00", URSSAF);   // above 3.3 SMIC
        employerLine(p, CHOMAGE, "6000.00", "4.00", "240.00", URSSAF);
        assertLine(p, AGIRC_ARRCO_T1, "3925.00", "3.15", "123.64", "4.72", "185.26", PENSIONS);
        assertLine(p, AGIRC_ARRCO_T2, "2075.00", "8.64", "179.28", "12.95", "268.71", PENSIONS);
        assertLine(p, CEG_T1, "3925.00", "0.86", "33.76", "1.29", "50.63", PENSIONS);
        assertLine(p, CEG_T2, "2075.00", "1.08", "22.41", "1.62", "33.62", PENSIONS);
        assertLine(p, CET, "6000.00", "0.14", "8.40", "0.21", "12.60", PENSIONS);
        assertLine(p, APEC, "6000.00", "0.024", "1.44", "0.036", "2.16", PENSIONS);
        employerLine(p, PREVOYANCE_CADRES, "3925.00", "1.50", "58.88", "437200");
        employerLine(p, FNAL, "6000.00", "0.50", "30.00", URSSAF);
        employerLine(p, FORMATION, "6000.00", "1.00", "60.00", URSSAF);
        employeeLine(p, CSG_DEDUCTIBLE, "5895.00", "6.80", "400.86");
        employeeLine(p, CRDS, "5895.00", "0.50", "29.48");
        assertThrows(IllegalArgumentException.class, () -> p.line(REDUCTION_GENERALE));   // 6 000 > 1.6 SMIC

        assertEquals(eur("4764.42"), p.netBeforeIncomeTax());
        assertEquals(eur("4935.38"), p.netTaxable());
        assertEquals(eur("779.79"), p.withholding());                           // 4 648 to 5 574 €: 15.8 %
        assertEquals(eur("8628.41"), p.employerCost());
    }

    @Test
    void aNonCadreBelowTheCeilingHasNoCadreOrSecondTrancheLines() {
        Payslip p = rules.compute(MAY_2025, EmployeeSituation.of(FULL_TIME, 5, BigDecimal.ONE), eur("3925.00"));
        for (String code : List.of(AGIRC_ARRCO_T2, CEG_T2, CET, APEC, PREVOYANCE_CADRES)) {
            assertThrows(IllegalArgumentException.class, () -> p.line(code), code);
        }
    }

    @Test
    void fiftyEmployeesTakeTheHigherReductionCeiling() {
        EmployeeSituation large = EmployeeSituation.of(FULL_TIME, 60, BigDecimal.ONE);
        // (0.3233 / 0.6) × (1.6 × 1 801.80 / 2 000 − 1) = 0.23786 → 0.2379; under 50: 0.2349
        employerLine(rules.compute(MAY_2025, large, eur("2000.00")), REDUCTION_GENERALE, "2000.00", "-23.79",
                "-475.80", URSSAF);
        employerLine(rules.compute(MAY_2025, EmployeeSituation.of(FULL_TIME, 49, BigDecimal.ONE), eur("2000.00")),
                REDUCTION_GENERALE, "2000.00", "-23.49", "-469.80", URSSAF);
    }

    @Test
    void aTransmittedRateReplacesTheNeutralGrid() {
        EmployeeSituation situation = EmployeeSituation.of(FULL_TIME, 5, new BigDecimal("2.12"))
                .withWithholdingRate(new BigDecimal("7.5"));
        Payslip p = rules.compute(MAY_2025, situation, eur("2500.00"));
        assertEquals(eur("153.77"), p.withholding());                           // 2 050.22 × 7.5 % = 153.7665
        assertEquals(eur("1825.22"), p.netPaid());
    }

    @Test
    void aZeroGrossCostsNothing() {
        Payslip p = rules.compute(MAY_2025, EmployeeSituation.of(FULL_TIME, 5, BigDecimal.ONE), eur("0"));
        assertEquals(eur("0"), p.employerCost());
        assertEquals(eur("0"), p.netPaid());
    }

    @Test
    void monthsBeforeTheFirstEditionThrow() {
        EmployeeSituation situation = EmployeeSituation.of(FULL_TIME, 5, BigDecimal.ONE);
        MissingPayrollParametersException e = assertThrows(MissingPayrollParametersException.class,
                () -> rules.compute(YearMonth.of(2025, 4), situation, eur("2000.00")));
        assertEquals(YearMonth.of(2025, 4), e.month());
        assertTrue(e.getMessage().contains("2025-05"), e.getMessage());
        assertThrows(MissingPayrollParametersException.class, () -> rules.minimumHourlyWage(YearMonth.of(2024, 12)));
        assertEquals(YearMonth.of(2025, 5), rules.firstMonth());
    }

    @Test
    void aNegativeGrossOrAnotherCurrencyIsRefused() {
        EmployeeSituation situation = EmployeeSituation.of(FULL_TIME, 5, BigDecimal.ONE);
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> rules.compute(MAY_2025, situation, eur("-0.01")));
        assertTrue(negative.getMessage().startsWith("gross"), negative.getMessage());
        IllegalArgumentException usd = assertThrows(IllegalArgumentException.class,
                () -> rules.compute(MAY_2025, situation, Money.of(250_000, "USD")));
        assertTrue(usd.getMessage().contains("USD"), usd.getMessage());
    }

    @Test
    void minimumWageHoursAndAccounts() {
        assertEquals(eur("11.88"), rules.minimumHourlyWage(YearMonth.of(2025, 12)));
        assertEquals(eur("12.02"), rules.minimumHourlyWage(YearMonth.of(2026, 1)));
        assertEquals(0, FULL_TIME.compareTo(rules.fullTimeMonthlyHours()));
        assertEquals("641000", rules.accounts().grossSalaries());
        assertEquals("645000", rules.accounts().employerContributions());
        assertEquals("421000", rules.accounts().netPayDue());
        assertEquals("442100", rules.accounts().withholdingDue());
    }

    @Test
    void everyLineHasAFrenchAndAnEnglishLabel() {
        for (String code : FrenchLineCodes.ALL) {
            String french = rules.lineLabel(code, Locale.FRENCH);
            String english = rules.lineLabel(code, Locale.ENGLISH);
            assertNotEquals(code, french, code);
            assertNotEquals(code, english, code);
            assertNotEquals(french, english, code);
        }
        assertEquals("Assurance chômage", rules.lineLabel(CHOMAGE, Locale.FRANCE));
        assertEquals("Unemployment insurance", rules.lineLabel(CHOMAGE, Locale.UK));
        assertEquals("fr.unknown", rules.lineLabel("fr.unknown", Locale.FRENCH));
    }

    @Test
    void theRulesAreRegisteredAsTheFrenchPayrollRules() {
        List<PayrollRules> found = ServiceLoader.load(PayrollRules.class).stream().map(ServiceLoader.Provider::get)
                .filter(r -> r.country().equals("FR")).toList();
        assertEquals(1, found.size());
        assertEquals(FrenchPayrollRules.class, found.get(0).getClass());
    }

    @Test
    void editionsMustBeInOrder() {
        PayrollParameters may = new PayrollParameters(MAY_2025.atDay(1), Map.of());
        PayrollParameters april = new PayrollParameters(YearMonth.of(2025, 4).atDay(1), Map.of());
        assertThrows(IllegalStateException.class, () -> ParameterEditions.of("FR", List.of(may, april),
                PayrollParameters::validFrom));
    }
}
