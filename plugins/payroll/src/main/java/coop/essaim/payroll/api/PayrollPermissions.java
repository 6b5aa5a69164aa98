package coop.essaim.payroll.api;

/** The permissions of payroll; an entrepreneur reads only their own payslips and salary plans. */
public final class PayrollPermissions {

    /** Open the payroll pages and read one's own payslips and salary plans. */
    public static final String VIEW_OWN = "payroll.payslips.view-own";
    /** Read every payslip, run and plan of the cooperative (accountants, payroll officers). */
    public static final String VIEW_ALL = "payroll.payslips.view-all";
    /** Decide the salary plans of the activities one follows (advisers) or of all (accountants). */
    public static final String PLAN = "payroll.plans.decide";
    /** Compute, review and validate the month's payroll run, which posts to the ledger. */
    public static final String RUN = "payroll.runs.run";
    /** Use the salary simulator. */
    public static final String SIMULATE = "payroll.simulator.use";

    private PayrollPermissions() {
    }
}
