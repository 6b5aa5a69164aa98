package coop.essaim.payroll.api;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A salary plan to decide for {@code personId} on {@code activityId} from {@code firstMonth} for {@code months}
 * months. Without {@code fixedGross}, the plan smooths what the activity has available at the end of the month
 * before {@code firstMonth} (an entrepreneur's salary); with it, it pays that gross for {@code hoursPerMonth}
 * hours each month (a staff member's salary, on the cooperative's structure). {@code hoursPerMonth} is ignored
 * for a smoothed plan, whose hours follow from the budget and the hourly cost of the employment terms.
 */
public record SalaryPlanDraft(long activityId, long personId, YearMonth firstMonth, int months, Money fixedGross,
                              BigDecimal hoursPerMonth, String reason) {

    public static SalaryPlanDraft smoothed(long activityId, long personId, YearMonth firstMonth, int months,
                                           String reason) {
        return new SalaryPlanDraft(activityId, personId, firstMonth, months, null, null, reason);
    }

    public static SalaryPlanDraft fixedGross(long activityId, long personId, YearMonth firstMonth, int months,
                                             Money gross, BigDecimal hours, String reason) {
        return new SalaryPlanDraft(activityId, personId, firstMonth, months, gross, hours, reason);
    }
}
