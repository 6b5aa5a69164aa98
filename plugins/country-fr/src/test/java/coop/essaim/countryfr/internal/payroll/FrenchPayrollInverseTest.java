package coop.essaim.countryfr.internal.payroll;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.Payslip;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import static coop.essaim.countryfr.internal.payroll.PayslipAssertions.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From an employer-cost budget back to the gross ({@code PayrollRules.grossForEmployerCost}, the default search):
 * the largest gross whose cost fits, also where the cost jumps at the 2025 thresholds of 2.25 SMIC (maladie 7 %
 * to 13 %) and 3.3 SMIC (family allowances 3.45 % to 5.25 %).
 */
class FrenchPayrollInverseTest {

    private static final YearMonth MAY_2025 = YearMonth.of(2025, 5);
    private static final BigDecimal FULL_TIME = new BigDecimal("151.67");
    private static final Money CENT = eur("0.01");

    private final FrenchPayrollRules rules = new FrenchPayrollRules();
    private final EmployeeSituation small = EmployeeSituation.of(FULL_TIME, 5, new BigDecimal("2.12"));
    private final EmployeeSituation cadre = EmployeeSituation.of(FULL_TIME, 60, BigDecimal.ONE).asExecutive(true);

    private Money cost(YearMonth month, EmployeeSituation situation, Money gross) {
        return rules.compute(month, situation, gross).employerCost();
    }

    private Money grossFor(YearMonth month, EmployeeSituation situation, Money budget) {
        Payslip payslip = rules.grossForEmployerCost(month, situation, budget);
        Money gross = payslip.gross();
        assertTrue(payslip.employerCost().compareTo(budget) <= 0, budget + " pays " + gross);
        assertTrue(cost(month, situation, gross.plus(CENT)).compareTo(budget) > 0,
                budget + ": one cent more than " + gross + " still fits");
        return gross;
    }

    @Test
    void roundTripAtManyBudgets() {
        for (YearMonth month : List.of(MAY_2025, YearMonth.of(2026, 1))) {
            for (EmployeeSituation situation : List.of(small, cadre)) {
                for (long budget = 150_000; budget <= 2_500_000; budget += 47_731) {
                    grossFor(month, situation, Money.of(budget, "EUR"));
                }
            }
        }
    }

    @Test
    void theWorkedExampleComesBackFromItsCost() {
        assertEquals(eur("2500.00"), grossFor(MAY_2025, small, eur("3172.40")));
        assertTrue(grossFor(MAY_2025, small, eur("3172.39")).compareTo(eur("2500.00")) < 0);
    }

    @Test
    void aroundTheMaladieThreshold() {
        assertThreshold(eur("4054.05"));                                            // 2.25 × 1 801.80
    }

    @Test
    void aroundTheFamilyAllowanceThreshold() {
        assertThreshold(eur("5945.94"));                                            // 3.3 × 1 801.80
    }

    /** {@code last} is the last gross at the reduced rate: one cent more costs the rate difference on the whole gross. */
    private void assertThreshold(Money last) {
        Money below = cost(MAY_2025, small, last);
        Money above = cost(MAY_2025, small, last.plus(CENT));
        assertTrue(above.minus(below).compareTo(eur("100.00")) > 0, "a jump between " + below + " and " + above);

        assertEquals(last.minus(CENT), grossFor(MAY_2025, small, below.minus(CENT)));
        assertEquals(last, grossFor(MAY_2025, small, below));
        assertEquals(last, grossFor(MAY_2025, small, below.plus(eur("50.00"))));   // inside the jump
        assertEquals(last, grossFor(MAY_2025, small, above.minus(CENT)));          // just under the jump
        assertEquals(last.plus(CENT), grossFor(MAY_2025, small, above));
    }
}
