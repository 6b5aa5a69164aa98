package coop.essaim.payroll.api;

import coop.essaim.api.security.UserContext;

import java.time.YearMonth;
import java.util.List;

/**
 * Service: the salary plans decided with the adviser. Deciding needs {@link PayrollPermissions#PLAN} and an
 * activity the user reaches; reading needs {@link PayrollPermissions#VIEW_ALL}, or {@link
 * PayrollPermissions#VIEW_OWN} for one's own plans.
 */
public interface SalaryPlans {

    /**
     * Decides a plan; refuses, naming the field, an activity out of reach, a person who is not its member (the
     * structure excepted, for staff), months outside 1..36, a first month already paid by a validated run,
     * and, for a smoothed plan, a person without employment terms (their hourly cost) or an activity with
     * nothing available.
     */
    SalaryPlan decide(UserContext actor, SalaryPlanDraft draft);

    /** The plans of an activity, latest first. */
    List<SalaryPlan> ofActivity(UserContext actor, long activityId);

    /** For each person and activity, the latest plan covering {@code month}. */
    List<SalaryPlan> inForce(UserContext actor, YearMonth month);
}
