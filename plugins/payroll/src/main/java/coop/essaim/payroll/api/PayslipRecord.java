package coop.essaim.payroll.api;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.Payslip;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A payslip of a run: whom and which activity it pays, the plan and budget it came from, the hours planned
 * and paid (fewer when the budget does not pay the planned hours at the minimum wage), the computed payslip,
 * and the ledger entry once the run is validated ({@code entryId} null before). A payslip of short job contracts
 * has no plan: {@code jobIds} names the jobs it pays (empty for a plan's payslip).
 */
public record PayslipRecord(long id, long runId, YearMonth month, long personId, String personName, long activityId,
                            String activityName, Long planId, Money budget, BigDecimal plannedHours,
                            Payslip payslip, Long entryId, List<Long> jobIds) {

    public PayslipRecord {
        jobIds = jobIds == null ? List.of() : List.copyOf(jobIds);
    }

    /** A plan's payslip (the record's first form, before short jobs). */
    public PayslipRecord(long id, long runId, YearMonth month, long personId, String personName, long activityId,
                         String activityName, Long planId, Money budget, BigDecimal plannedHours, Payslip payslip,
                         Long entryId) {
        this(id, runId, month, personId, personName, activityId, activityName, planId, budget, plannedHours,
                payslip, entryId, List.of());
    }

    /** Whether it pays short job contracts rather than a salary plan. */
    public boolean paysJobs() {
        return !jobIds.isEmpty();
    }

    public BigDecimal hours() {
        return payslip.situation().monthlyHours();
    }

    public boolean hoursLowered() {
        return plannedHours != null && plannedHours.compareTo(hours()) > 0;
    }
}
