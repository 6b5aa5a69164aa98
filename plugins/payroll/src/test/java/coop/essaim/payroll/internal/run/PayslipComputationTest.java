package coop.essaim.payroll.internal.run;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.Payslip;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayslipComputationTest {

    private static final YearMonth MAY = YearMonth.of(2025, 5);
    private final PayslipComputation computation = new PayslipComputation(new FlatRules("0"), MAY);

    private static EmployeeSituation hours(String h) {
        return EmployeeSituation.of(new BigDecimal(h), 5, new BigDecimal("1.00"));
    }

    private static Money eur(String amount) {
        return Money.parse(amount, java.util.Currency.getInstance("EUR"));
    }

    @Test
    void aBudgetPaysTheLargestGrossWhoseCostFitsIt() {
        // cost = gross × 1.30, each line rounded: 102.56 costs 133.33 (30.768 → 30.77); 102.57 would cost 133.34
        Payslip p = computation.fromBudget(hours("8"), eur("133.33")).found().orElseThrow();
        assertEquals(eur("102.56"), p.gross());
        assertEquals(eur("133.33"), p.employerCost());
    }

    @Test
    void hoursTheGrossDoesNotPayAtTheMinimumWageAreLowered() {
        // Jeanne's plan: 13 hours at a loaded 10.10 €; 102.56 € of gross pays 8 hours at 12.00 €, not 13
        Payslip p = computation.fromBudget(hours("13"), eur("133.33")).found().orElseThrow();
        assertEquals(0, new BigDecimal("8").compareTo(p.situation().monthlyHours()));
        assertTrue(p.gross().compareTo(eur("96.00")) >= 0);
    }

    @Test
    void plannedHoursThatThePayCoversAreKept() {
        Payslip p = computation.fromBudget(hours("151.67"), eur("3000.00")).found().orElseThrow();
        assertEquals(0, new BigDecimal("151.67").compareTo(p.situation().monthlyHours()));
        assertEquals(eur("2307.69"), p.gross());
    }

    @Test
    void aBudgetThatPaysNoHourGivesNoPayslipAndSaysWhy() {
        PayslipComputation.Outcome outcome = computation.fromBudget(hours("13"), eur("5.00"));
        assertFalse(outcome.found().isPresent());
        assertEquals("notice.budgetTooSmall", outcome.problem());
    }

    @Test
    void aFixedGrossBelowTheMinimumWageIsRefused() {
        PayslipComputation.Outcome outcome = computation.fromGross(hours("151.67"), eur("1500.00"));
        assertNull(outcome.payslip());
        assertEquals("notice.belowMinimumWage", outcome.problem());
        assertTrue(computation.fromGross(hours("151.67"), eur("1820.04")).found().isPresent());
    }
}
