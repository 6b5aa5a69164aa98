package coop.essaim.payroll.internal.run;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.Payslip;

import java.math.BigDecimal;
import java.util.List;

/** A payslip computed for a run, with whom and what it pays (a plan, or short jobs), before it is stored. */
record PayslipDraft(long personId, Long personUserId, String personName, long activityId, String activityName,
                    Long planId, Money budget, BigDecimal plannedHours, Payslip payslip, List<Long> jobIds) {
}
