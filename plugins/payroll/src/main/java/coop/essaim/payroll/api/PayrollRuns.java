package coop.essaim.payroll.api;

import coop.essaim.api.security.UserContext;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Service: the monthly payroll runs of the user's cooperative. Computing and validating need {@link
 * PayrollPermissions#RUN}; reading a run needs {@link PayrollPermissions#VIEW_ALL}; an entrepreneur reads their
 * own payslips with {@link PayrollPermissions#VIEW_OWN}.
 */
public interface PayrollRuns {

    /**
     * Computes (or recomputes, while it is a draft) the month's run from the plans in force: one payslip per
     * person and activity. Refuses a validated month, and a cooperative whose payroll settings (accident rate)
     * are not set.
     */
    default PayrollRun compute(UserContext actor, YearMonth month) {
        return compute(actor, month, RunProgress.NONE);
    }

    /** {@link #compute(UserContext, YearMonth)}, telling {@code progress} after each payslip. */
    PayrollRun compute(UserContext actor, YearMonth month, RunProgress progress);

    Optional<PayrollRun> run(UserContext actor, YearMonth month);

    /**
     * Validates the draft: posts one payroll entry per payslip to the ledger (the activity's gross and employer
     * contributions, what is owed to the employee, the social bodies and the tax office) and makes the run final.
     * Idempotent: validating again, or after an interruption, posts nothing twice.
     */
    default PayrollRun validate(UserContext actor, YearMonth month) {
        return validate(actor, month, RunProgress.NONE);
    }

    /** {@link #validate(UserContext, YearMonth)}, telling {@code progress} after each entry posted. */
    PayrollRun validate(UserContext actor, YearMonth month, RunProgress progress);

    /** The payslips of the person linked to the user's login, latest month first. */
    List<PayslipRecord> ownPayslips(UserContext actor);

    /** One payslip, if the user may read it: their own, or any with {@link PayrollPermissions#VIEW_ALL}. */
    Optional<PayslipRecord> payslip(UserContext actor, long payslipId);
}
