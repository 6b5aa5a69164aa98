package coop.essaim.payroll.api;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A decided salary plan, never changed: a later plan for the same person and activity supersedes it from its
 * own first month. A smoothed plan keeps the figures it was decided on: what the activity had {@code available}
 * (turnover − contribution − expenses − salaries already charged), the {@code monthlyLoadedSalary} (the budget
 * each month funds: net + employee and employer contributions), the {@code loadedHourlyCost} and the
 * {@code hoursPerMonth} it buys. A fixed-gross plan has {@code fixedGross} and its hours, and no budget.
 */
public record SalaryPlan(long id, long activityId, long personId, YearMonth firstMonth, int months,
                         Money available, Money monthlyLoadedSalary, Money loadedHourlyCost, Money fixedGross,
                         BigDecimal hoursPerMonth, String reason, Instant decidedAt, String decidedBy) {

    public boolean smoothed() {
        return fixedGross == null;
    }

    /** The last month the plan pays. */
    public YearMonth lastMonth() {
        return firstMonth.plusMonths(months - 1L);
    }

    public boolean covers(YearMonth month) {
        return !month.isBefore(firstMonth) && !month.isAfter(lastMonth());
    }
}
