package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SalaryBudgetTest {

    private static Money eur(String amount) {
        return Money.parse(amount, java.util.Currency.getInstance("EUR"));
    }

    /**
     * /work/shared/docs/domain.md, "Money: how an activity funds its own job", worked example (Jeanne, tailor):
     * 1,200 € excl. VAT, 10 % contribution (120 €), 280 € expenses, 800 € available; over 6 months 133.33 € of
     * loaded cost a month; at 10.10 € loaded per hour, 13 hours a month.
     */
    @Test
    void jeanneTheTailorFromDomainMd() {
        SalaryBudget budget = new SalaryBudget(eur("1200.00"), eur("120.00"), eur("280.00"));
        assertEquals(eur("800.00"), budget.availableForPay());

        SmoothingPlan plan = budget.smooth(6, eur("10.10"));
        assertEquals(eur("133.33"), plan.monthlyLoadedSalary());
        // 6 × 133.33 = 799.98: the 2 cents are not paid by this plan, they stay available
        assertEquals(eur("0.02"), plan.remainder());
        assertEquals(13, plan.hoursPerMonth(), "133.33 / 10.10 = 13.2 hours, rounded down");
        assertEquals(eur("131.30"), plan.contractLoadedSalary());
        assertEquals(eur("800.00"), plan.available());
        assertEquals(6, plan.months());
    }

    @Test
    void monthsTimesSalaryPlusRemainderIsExactlyTheAvailableAmount() {
        for (int months = 1; months <= 24; months++) {
            SmoothingPlan plan = new SalaryBudget(eur("1000.01"), eur("0.00"), eur("0.00")).smooth(months, eur("1.00"));
            long paid = plan.monthlyLoadedSalary().minorUnits() * months;
            assertEquals(100001, paid + plan.remainder().minorUnits(), "over " + months + " months");
            assertTrue(plan.remainder().minorUnits() >= 0 && plan.remainder().minorUnits() < months);
        }
    }

    @Test
    void hoursAreRoundedDownSoTheContractNeverCostsMoreThanTheMonth() {
        SalaryBudget oneMonth = new SalaryBudget(eur("10.09"), eur("0.00"), eur("0.00"));
        assertEquals(0, oneMonth.smooth(1, eur("10.10")).hoursPerMonth());
        SalaryBudget exact = new SalaryBudget(eur("10.10"), eur("0.00"), eur("0.00"));
        assertEquals(1, exact.smooth(1, eur("10.10")).hoursPerMonth());
        SalaryBudget justBelowTwo = new SalaryBudget(eur("20.19"), eur("0.00"), eur("0.00"));
        SmoothingPlan plan = justBelowTwo.smooth(1, eur("10.10"));
        assertEquals(1, plan.hoursPerMonth());
        assertTrue(plan.contractLoadedSalary().compareTo(plan.monthlyLoadedSalary()) <= 0);
    }

    @Test
    void aDeficitPaysNothingAndStaysAsRemainder() {
        SalaryBudget budget = new SalaryBudget(eur("300.00"), eur("30.00"), eur("400.00"));
        assertEquals(eur("-130.00"), budget.availableForPay());
        SmoothingPlan plan = budget.smooth(3, eur("10.10"));
        assertEquals(eur("0.00"), plan.monthlyLoadedSalary());
        assertEquals(eur("-130.00"), plan.remainder());
        assertEquals(0, plan.hoursPerMonth());
    }

    @Test
    void refusesWhatCannotBePlanned() {
        SalaryBudget budget = new SalaryBudget(eur("1200.00"), eur("120.00"), eur("280.00"));
        assertThrows(IllegalArgumentException.class, () -> budget.smooth(0, eur("10.10")));
        assertThrows(IllegalArgumentException.class, () -> budget.smooth(6, eur("0.00")));
        assertThrows(IllegalArgumentException.class, () -> budget.smooth(6, Money.of(1010, "MAD")));
        IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
                () -> new SalaryBudget(eur("1200.00"), Money.of(12000, "MAD"), eur("280.00")));
        assertTrue(mixed.getMessage().contains("MAD"), mixed.getMessage());
    }
}
