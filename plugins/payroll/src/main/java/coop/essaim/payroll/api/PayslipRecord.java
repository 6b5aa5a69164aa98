package coop.essaim.payroll.api;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.Payslip;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A payslip of a run: whom and which activity it pays, the plan and budget it came from, the hours planned
 * and paid (fewer when the budget does not pay the planned hours at the minimum wage), the computed payslip,
 * and the ledger entry once the run is validated ({@code entryId} null before).
 */
public record PayslipRecord(long id, long runId, YearMonth month, long personId, String personName, long activityId,
                            String activityName, Long planId, Money budget, BigDecimal plannedHours,
                            Payslip payslip, Long entryId) {

    public BigDecimal hours() {
        return payslip.situation().monthlyHours();
    }

    public boolean hoursLowered() {
        return plannedHours != null && plannedHours.compareTo(hours()) > 0;
    }
}
