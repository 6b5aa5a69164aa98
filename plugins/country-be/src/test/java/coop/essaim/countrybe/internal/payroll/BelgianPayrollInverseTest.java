package coop.essaim.countrybe.internal.payroll;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.Household;
import coop.essaim.api.payroll.Payslip;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;

import static coop.essaim.countrybe.internal.payroll.BelgianPayrollRulesTest.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Budget → gross: the largest gross whose employer cost (gross + 25 %, rounded) fits the budget. The bonus à
 * l'emploi lowers the employee's contribution, not the cost, so the cost rises with the gross and the default
 * halving search is exact; these tests check it at and around the limits of the bonus, where the net moves most.
 */
class BelgianPayrollInverseTest {

    private static final YearMonth MONTH = YearMonth.of(2025, 6);
    private final BelgianPayrollRules rules = new BelgianPayrollRules();
    private final EmployeeSituation single = EmployeeSituation.of(new BigDecimal("164.67"), 5, BigDecimal.ZERO)
            .inHousehold(Household.SINGLE);

    @Test
    void theExampleBudgetGivesTheExampleGross() {
        assertGross("4687.50", "3750.00");
        assertGross("4687.49", "3749.99");      // 3 749.99 + 937.50 (937.4975 half up)
    }

    @Test
    void atAndAroundTheEndOfPartB() {
        Payslip at = assertGross("3472.29", "2777.83");   // 2 777.83 + 694.46
        assertGross("3472.28", "2777.82");                 // 2 777.82 + 694.46 (694.455 half up)
        assertEquals(eur("-120.59"), at.line(BelgianLineCodes.WORK_BONUS_A).employeeAmount());
        Payslip fullB = assertGross("2719.06", "2175.25"); // last cent of the full part B
        assertEquals(eur("-162.62"), fullB.line(BelgianLineCodes.WORK_BONUS_B).employeeAmount());
    }

    @Test
    void atAndAroundTheEndOfPartA() {
        assertGross("4089.35", "3271.48");      // 3 271.48 + 817.87
        assertGross("4089.34", "3271.47");      // 3 271.47 + 817.87 (817.8675 half up)
        Payslip above = assertGross("4089.36", "3271.49"); // 3 271.49 + 817.87 (817.8725): past part A
        assertTrue(above.lines().stream().noneMatch(l -> l.code().startsWith("be.bonus")));
    }

    @Test
    void aBudgetTooSmallForOneCentIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> rules.grossForEmployerCost(MONTH, single, eur("0.00")));
    }

    private Payslip assertGross(String budget, String gross) {
        Payslip p = rules.grossForEmployerCost(MONTH, single, eur(budget));
        assertEquals(eur(gross), p.gross(), "gross for a budget of " + budget);
        assertTrue(p.employerCost().compareTo(eur(budget)) <= 0, "fits the budget");
        Money next = p.gross().plus(Money.of(1, p.gross().currency()));
        assertTrue(rules.compute(MONTH, single, next).employerCost().compareTo(eur(budget)) > 0,
                "one cent more of gross costs more than " + budget);
        return p;
    }
}
