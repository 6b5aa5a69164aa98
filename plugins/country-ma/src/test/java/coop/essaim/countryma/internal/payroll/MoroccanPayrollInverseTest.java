package coop.essaim.countryma.internal.payroll;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.Payslip;
import org.junit.jupiter.api.Test;

import static coop.essaim.countryma.internal.payroll.MoroccanPayrollRulesTest.MARCH_2025;
import static coop.essaim.countryma.internal.payroll.MoroccanPayrollRulesTest.mad;
import static coop.essaim.countryma.internal.payroll.MoroccanPayrollRulesTest.withDependants;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From an employer-cost budget back to the gross ({@code PayrollRules.grossForEmployerCost}): the largest gross
 * whose cost fits. The cost rises by 21.09 % of the gross up to the CNSS ceiling (8.98 + 6.40 + 4.11 + 1.60) and by
 * 12.11 % above it, so the search must hold on both sides of 6 000 MAD.
 */
class MoroccanPayrollInverseTest {

    private final MoroccanPayrollRules rules = new MoroccanPayrollRules();
    private final EmployeeSituation single = withDependants(0);

    private Money grossFor(Money budget) {
        Payslip payslip = rules.grossForEmployerCost(MARCH_2025, single, budget);
        Money gross = payslip.gross();
        assertTrue(payslip.employerCost().compareTo(budget) <= 0, budget + " pays " + gross);
        Money oneCentMore = rules.compute(MARCH_2025, single, gross.plus(mad("0.01"))).employerCost();
        assertTrue(oneCentMore.compareTo(budget) > 0, budget + ": one centime more than " + gross + " still fits");
        return gross;
    }

    @Test
    void theWorkedExampleComesBackFromItsCost() {
        assertEquals(mad("8000.00"), grossFor(mad("9507.60")));
        assertEquals(mad("7999.99"), grossFor(mad("9507.59")));
    }

    @Test
    void aroundTheCnssCeiling() {
        // 6 000 + 538.80 + 384.00 + 246.60 + 96.00
        assertEquals(mad("7265.40"), rules.compute(MARCH_2025, single, mad("6000.00")).employerCost());
        assertEquals(mad("6000.00"), grossFor(mad("7265.40")));
        assertEquals(mad("5999.99"), grossFor(mad("7265.39")));
        // 6 001 + 538.80 (capped) + 384.06 + 246.64 + 96.02
        assertEquals(mad("7266.52"), rules.compute(MARCH_2025, single, mad("6001.00")).employerCost());
        assertEquals(mad("6001.00"), grossFor(mad("7266.52")));
        assertEquals(mad("6000.99"), grossFor(mad("7266.51")));
    }

    @Test
    void roundTripAtManyBudgets() {
        for (long budget = 100_000; budget <= 5_000_000; budget += 31_337) {
            grossFor(Money.of(budget, "MAD"));
        }
    }
}
