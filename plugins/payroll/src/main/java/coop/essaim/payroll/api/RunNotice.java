package coop.essaim.payroll.api;

/**
 * Why a plan in force produced no payslip in a run (its budget does not pay one hour at the minimum wage, the
 * person has no employment terms...): {@code message} is in the language of the user who computed the run.
 */
public record RunNotice(long personId, String personName, long activityId, String activityName, String message) {
}
