package coop.essaim.payroll.internal.plan;

import coop.essaim.api.ledger.ActivityAccount;
import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.ledger.SalaryBudget;
import coop.essaim.api.ledger.SmoothingPlan;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.EmploymentTerms;
import coop.essaim.api.people.EmploymentTermsVersion;
import coop.essaim.api.people.People;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.payroll.api.PayrollPermissions;
import coop.essaim.payroll.api.SalaryPlan;
import coop.essaim.payroll.api.SalaryPlanDraft;
import coop.essaim.payroll.api.SalaryPlans;
import coop.essaim.payroll.internal.Messages;
import coop.essaim.payroll.internal.Months;
import coop.essaim.payroll.internal.run.RunLedger;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The salary plans: a smoothed plan spreads what the activity has available when it is decided (its account
 * from its first day to the end of the month before the plan, salaries already charged deducted) over the
 * plan's months, through the core's {@link SalaryBudget#smooth}; a fixed-gross plan pays a staff salary.
 */
public final class SalaryPlanBook implements SalaryPlans {

    static final int MAX_MONTHS = 36;
    private static final LocalDate BOOKS_START = LocalDate.of(1900, 1, 1);

    private final ModuleStore store;
    private final Activities activities;
    private final People people;
    private final ActivityAccounts accounts;
    private final RunLedger runs;
    private final Clock clock;

    public SalaryPlanBook(ModuleStore store, Activities activities, People people, ActivityAccounts accounts,
                          RunLedger runs, Clock clock) {
        this.store = store;
        this.activities = activities;
        this.people = people;
        this.accounts = accounts;
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public SalaryPlan decide(UserContext actor, SalaryPlanDraft draft) {
        actor.require(PayrollPermissions.PLAN);
        Messages m = new Messages(actor.locale());
        Activity activity = activities.find(actor, draft.activityId())
                .orElseThrow(() -> new ValidationException("activityId", m.text("error.notFound")));
        boolean structure = activities.structure(actor).map(s -> s.id() == activity.id()).orElse(false);
        if (!structure && !activity.memberIds().contains(draft.personId())) {
            throw new ValidationException("personId", m.text("error.plan.notMember", activity.name()));
        }
        if (draft.firstMonth() == null) {
            throw new ValidationException("firstMonth", m.text("error.required"));
        }
        if (draft.months() < 1 || draft.months() > MAX_MONTHS) {
            throw new ValidationException("months", m.text("error.plan.months", MAX_MONTHS));
        }
        if (runs.validated(actor.cooperativeId(), draft.firstMonth())) {
            throw new ValidationException("firstMonth", m.text("error.plan.monthPaid", draft.firstMonth()));
        }
        requireEarlierMonthsSettled(actor, draft, m);
        SalaryPlan plan = draft.fixedGross() == null ? smoothed(actor, draft, m) : fixedGross(draft, m, actor);
        return store.inTransaction(em -> {
            SalaryPlanEntity row = new SalaryPlanEntity(actor.cooperativeId(), plan);
            em.persist(row);
            em.flush();
            return row.toRecord();
        });
    }

    private SalaryPlan smoothed(UserContext actor, SalaryPlanDraft draft, Messages m) {
        LocalDate firstDay = Months.firstDay(draft.firstMonth());
        EmploymentTerms terms = people.employmentTerms(actor, draft.personId()).stream()
                .map(EmploymentTermsVersion::terms).filter(t -> !t.validFrom().isAfter(firstDay))
                .max(Comparator.comparing(EmploymentTerms::validFrom))
                .filter(t -> t.loadedHourlyCost() != null)
                .orElseThrow(() -> new ValidationException("personId", m.text("error.plan.noTerms", firstDay)));
        ActivityAccount account = accounts.account(actor, draft.activityId(), BOOKS_START, firstDay.minusDays(1));
        SalaryBudget budget = new SalaryBudget(account.turnoverExclVat(), account.contribution().amount(),
                account.expenses().plus(account.salaryCosts()));
        SmoothingPlan smoothing = budget.smooth(draft.months(), terms.loadedHourlyCost());
        if (!smoothing.monthlyLoadedSalary().isPositive()) {
            throw new ValidationException("activityId", m.text("error.plan.nothingAvailable",
                    m.money(smoothing.available())));
        }
        return new SalaryPlan(0, draft.activityId(), draft.personId(), draft.firstMonth(), draft.months(),
                smoothing.available(), smoothing.monthlyLoadedSalary(), terms.loadedHourlyCost(), null,
                BigDecimal.valueOf(smoothing.hoursPerMonth()), clean(draft.reason()), clock.instant(), actor.login());
    }

    private SalaryPlan fixedGross(SalaryPlanDraft draft, Messages m, UserContext actor) {
        if (!draft.fixedGross().isPositive()) {
            throw new ValidationException("fixedGross", m.text("error.positive"));
        }
        BigDecimal hours = draft.hoursPerMonth();
        if (hours == null || hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(300)) > 0
                || hours.scale() > 2) {
            throw new ValidationException("hoursPerMonth", m.text("error.plan.hours"));
        }
        return new SalaryPlan(0, draft.activityId(), draft.personId(), draft.firstMonth(), draft.months(), null,
                null, null, draft.fixedGross(), hours, clean(draft.reason()), clock.instant(), actor.login());
    }

    /** An earlier plan still paying the month before must have that month validated, or it would be paid twice. */
    private void requireEarlierMonthsSettled(UserContext actor, SalaryPlanDraft draft, Messages m) {
        YearMonth before = draft.firstMonth().minusMonths(1);
        boolean earlierPays = plansOf(actor.cooperativeId(), draft.activityId()).stream()
                .anyMatch(p -> p.personId() == draft.personId() && p.covers(before)
                        && p.firstMonth().isBefore(draft.firstMonth()));
        if (earlierPays && !runs.validated(actor.cooperativeId(), before)) {
            throw new ValidationException("firstMonth", m.text("error.plan.earlierUnpaid", before));
        }
    }

    @Override
    public List<SalaryPlan> ofActivity(UserContext actor, long activityId) {
        requireRead(actor);
        if (activities.find(actor, activityId).isEmpty()) {
            return List.of();
        }
        return plansOf(actor.cooperativeId(), activityId);
    }

    @Override
    public List<SalaryPlan> inForce(UserContext actor, YearMonth month) {
        actor.require(PayrollPermissions.VIEW_ALL);
        return inForce(actor.cooperativeId(), month);
    }

    /** Without a permission check: the run's own read, after it checked the user's. */
    public List<SalaryPlan> inForce(long cooperativeId, YearMonth month) {
        List<SalaryPlan> candidates = store.read(em -> em.createQuery("select p from PayrollSalaryPlan p"
                        + " where p.cooperativeId = :c and p.firstMonth <= :m order by p.firstMonth desc, p.id desc",
                SalaryPlanEntity.class).setParameter("c", cooperativeId).setParameter("m", Months.firstDay(month))
                .getResultList().stream().map(SalaryPlanEntity::toRecord).toList());
        Map<String, SalaryPlan> latest = new LinkedHashMap<>();
        for (SalaryPlan p : candidates) {
            latest.putIfAbsent(p.personId() + ":" + p.activityId(), p);
        }
        return latest.values().stream().filter(p -> p.covers(month))
                .sorted(Comparator.comparingLong(SalaryPlan::activityId).thenComparingLong(SalaryPlan::personId))
                .toList();
    }

    public Optional<SalaryPlan> find(long cooperativeId, long planId) {
        return store.read(em -> Optional.ofNullable(em.find(SalaryPlanEntity.class, planId))
                .filter(p -> p.cooperativeId == cooperativeId).map(SalaryPlanEntity::toRecord));
    }

    private List<SalaryPlan> plansOf(long cooperativeId, long activityId) {
        return store.read(em -> query(em, cooperativeId, activityId));
    }

    private static List<SalaryPlan> query(EntityManager em, long cooperativeId, long activityId) {
        return em.createQuery("select p from PayrollSalaryPlan p where p.cooperativeId = :c and p.activityId = :a"
                        + " order by p.firstMonth desc, p.id desc", SalaryPlanEntity.class)
                .setParameter("c", cooperativeId).setParameter("a", activityId).getResultList().stream()
                .map(SalaryPlanEntity::toRecord).toList();
    }

    private static void requireRead(UserContext actor) {
        if (!actor.can(PayrollPermissions.VIEW_ALL)) {
            actor.require(PayrollPermissions.VIEW_OWN);
        }
    }

    private static String clean(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String s = reason.strip();
        return s.length() > 500 ? s.substring(0, 500) : s;
    }
}
