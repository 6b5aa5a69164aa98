package coop.essaim.payroll;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.payroll.api.Simulation;
import coop.essaim.payroll.api.SimulationResult;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The salary simulator on the demo cooperative (10 % contribution, 25 employees, AT/MP 2.12 %). */
class SimulatorTest {

    @RegisterExtension
    static EssaimTestKit essaim = PayrollFixture.kit();

    private final PayrollFixture fixture = new PayrollFixture(essaim);

    private static Money eur(String amount) {
        return Money.parse(amount, Currency.getInstance("EUR"));
    }

    @Test
    void jeannesTurnoverFundsThePartTimeContractOfTheMonthlyRun() {
        SimulationResult r = fixture.payroll().simulator().simulate(fixture.adviser(), new Simulation(
                YearMonth.of(2026, 6), eur("1200.00"), eur("280.00"), 6, null, null, null, eur("10.10"), false));
        assertEquals(eur("120.00"), r.contribution());
        assertEquals(eur("800.00"), r.available());
        assertEquals(eur("133.33"), r.monthlyBudget());
        assertNotNull(r.payslip());
        assertEquals(0, BigDecimal.TEN.compareTo(r.payslip().situation().monthlyHours()));
        assertTrue(r.payslip().employerCost().compareTo(eur("133.33")) <= 0);
        assertNull(r.notice());
    }

    @Test
    void aGrossGivesTheNetOfTheWorkedExample() {
        // the worked example, May 2025, 2,500 € gross: the employee side does not depend on the headcount
        SimulationResult r = fixture.payroll().simulator().simulate(fixture.adviser(), new Simulation(
                YearMonth.of(2025, 5), null, null, null, null, eur("2500.00"), null, null, false));
        assertEquals(eur("1978.99"), r.payslip().netBeforeIncomeTax());
        assertEquals(eur("2050.22"), r.payslip().netTaxable());
        assertEquals(eur("71.76"), r.payslip().withholding());
        assertEquals(0, new BigDecimal("151.67").compareTo(r.payslip().situation().monthlyHours()));
    }

    @Test
    void aBudgetBuysAsManyHoursAsItPaysAtTheMinimumWageUpToFullTime() {
        SimulationResult small = fixture.payroll().simulator().simulate(fixture.adviser(), new Simulation(
                YearMonth.of(2026, 3), null, null, null, eur("1000.00"), null, null, null, false));
        Money hourly = eur("12.02");
        BigDecimal hours = small.payslip().situation().monthlyHours();
        assertTrue(small.payslip().gross().compareTo(hourly.times(hours, java.math.RoundingMode.HALF_UP)) >= 0);
        assertTrue(hours.compareTo(new BigDecimal("151.67")) < 0);
        SimulationResult large = fixture.payroll().simulator().simulate(fixture.adviser(), new Simulation(
                YearMonth.of(2026, 3), null, null, null, eur("4000.00"), null, null, null, true));
        assertEquals(0, new BigDecimal("151.67").compareTo(large.payslip().situation().monthlyHours()));
        SimulationResult none = fixture.payroll().simulator().simulate(fixture.adviser(), new Simulation(
                YearMonth.of(2026, 3), null, null, null, eur("3.00"), null, null, null, false));
        assertNull(none.payslip());
        assertTrue(none.notice().contains("3,00"), none.notice());
    }

    @Test
    void badQuestionsAreRefusedByField() {
        var simulator = fixture.payroll().simulator();
        assertEquals("turnoverExclVat", assertThrows(ValidationException.class, () -> simulator.simulate(
                fixture.adviser(), new Simulation(null, null, null, null, null, null, null, null, false)))
                .errors().get(0).field());
        assertEquals("months", assertThrows(ValidationException.class, () -> simulator.simulate(fixture.adviser(),
                new Simulation(null, eur("1000.00"), null, 0, null, null, null, null, false))).errors().get(0)
                .field());
        assertEquals("month", assertThrows(ValidationException.class, () -> simulator.simulate(fixture.adviser(),
                new Simulation(YearMonth.of(2024, 1), null, null, null, null, eur("2000.00"), null, null, false)))
                .errors().get(0).field());
        assertEquals("hours", assertThrows(ValidationException.class, () -> simulator.simulate(fixture.adviser(),
                new Simulation(null, null, null, null, null, eur("2000.00"), new BigDecimal("-3"), null, false)))
                .errors().get(0).field());
    }

    @Test
    void onlyThoseHoldingTheSimulatorMayUseIt() {
        var nobody = new coop.essaim.api.security.UserContext(999_999, "nobody", "Nobody",
                fixture.accountant().cooperativeId(), java.util.Set.of(), java.util.Set.of(), java.util.Locale.FRENCH);
        assertThrows(AccessDeniedException.class, () -> fixture.payroll().simulator().simulate(nobody,
                new Simulation(null, null, null, null, eur("1000.00"), null, null, null, false)));
    }
}
