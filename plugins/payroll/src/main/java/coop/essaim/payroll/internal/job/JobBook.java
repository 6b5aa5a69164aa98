package coop.essaim.payroll.internal.job;

import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.ledger.ActivityAccount;
import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.Payslip;
import coop.essaim.api.payroll.PayrollRules;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ContractKind;
import coop.essaim.api.people.EmploymentTermsVersion;
import coop.essaim.api.people.PersonPath;
import coop.essaim.api.people.People;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.payroll.api.EmployeeFacts;
import coop.essaim.payroll.api.PayrollPermissions;
import coop.essaim.payroll.api.RunStatus;
import coop.essaim.payroll.internal.Messages;
import coop.essaim.payroll.internal.Months;
import coop.essaim.payroll.internal.PayrollRulebook;
import coop.essaim.payroll.internal.PayrollSettings;
import coop.essaim.payroll.internal.employee.EmployeeBook;
import coop.essaim.payroll.internal.plan.SalaryPlanBook;
import coop.essaim.payroll.internal.run.RunLedger;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The short job contracts: each job declared on its own (a concert day, a week of shooting), funded by what its
 * activity has available, paid by the run of the month it lies in. A job is never edited; cancelling it is its
 * only change, and a job a validated run paid stays paid. Monthly pay and jobs do not mix for one person and one
 * activity in one month: a salary plan in force that month refuses the job.
 */
public final class JobBook {

    static final int MAX_DESCRIPTION = 200;
    static final BigDecimal MAX_HOURS_A_DAY = BigDecimal.valueOf(12);
    private static final LocalDate BOOKS_START = LocalDate.of(1900, 1, 1);

    private final ModuleStore store;
    private final Activities activities;
    private final People people;
    private final ActivityAccounts accounts;
    private final RunLedger runs;
    private final SalaryPlanBook plans;
    private final EmployeeBook employees;
    private final PayrollRulebook rulebook;
    private final CooperativeSettings settings;
    private final CooperativeDirectory directory;
    private final Clock clock;

    public JobBook(ModuleStore store, Activities activities, People people, ActivityAccounts accounts, RunLedger runs,
                   SalaryPlanBook plans, EmployeeBook employees, PayrollRulebook rulebook,
                   CooperativeSettings settings, CooperativeDirectory directory, Clock clock) {
        this.store = store;
        this.activities = activities;
        this.people = people;
        this.accounts = accounts;
        this.runs = runs;
        this.plans = plans;
        this.employees = employees;
        this.rulebook = rulebook;
        this.settings = settings;
        this.directory = directory;
        this.clock = clock;
    }

    /** Checks every field, then stores the job; the answer says what it gives on its own. */
    public DeclaredJob declare(UserContext actor, ShortJobDraft draft) {
        actor.require(PayrollPermissions.PLAN);
        Messages m = new Messages(actor.locale());
        long cooperative = actor.cooperativeId();
        Activity activity = activities.find(actor, draft.activityId())
                .orElseThrow(() -> new ValidationException("activityId", m.text("error.notFound")));
        if (!activity.memberIds().contains(draft.personId())) {
            throw new ValidationException("personId", m.text("error.plan.notMember", activity.name()));
        }
        String description = draft.description() == null ? "" : draft.description().strip();
        if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
            throw new ValidationException("description", m.text("error.job.description", MAX_DESCRIPTION));
        }
        YearMonth month = days(draft, m);
        if (runs.validationStarted(cooperative, month)) {
            throw new ValidationException("firstDay", m.text("error.job.monthPaid", m.month(month)));
        }
        long days = ChronoUnit.DAYS.between(draft.firstDay(), draft.lastDay()) + 1;
        BigDecimal most = MAX_HOURS_A_DAY.multiply(BigDecimal.valueOf(days));
        BigDecimal hours = draft.hours();
        if (hours == null || hours.signum() <= 0 || hours.stripTrailingZeros().scale() > 2
                || hours.compareTo(most) > 0) {
            throw new ValidationException("hours", m.text("error.job.hours", most.toPlainString(), days));
        }
        Money gross = draft.gross();
        String currency = directory.find(cooperative).orElseThrow().currency();
        if (gross == null || !gross.isPositive()) {
            throw new ValidationException("gross", m.text("error.positive"));
        }
        if (!gross.currency().getCurrencyCode().equals(currency)) {
            throw new ValidationException("gross", m.text("error.job.currency", currency));
        }
        if (!employed(actor, draft.personId(), draft.firstDay())) {
            throw new ValidationException("personId", m.text("error.job.noTerms", m.day(draft.firstDay())));
        }
        if (plans.inForce(cooperative, month).stream().anyMatch(p -> p.personId() == draft.personId()
                && p.activityId() == draft.activityId())) {
            throw new ValidationException("firstDay", m.text("error.job.planInForce", m.month(month)));
        }
        PayrollRules rules = rulebook.rules(actor);
        if (month.isBefore(rules.firstMonth())) {
            throw new ValidationException("firstDay", m.text("error.simulator.month", m.month(rules.firstMonth())));
        }
        Money hourly = rules.minimumHourlyWage(month);
        Money minimum = hourly.times(hours, RoundingMode.HALF_UP);
        if (gross.compareTo(minimum) < 0) {
            throw new ValidationException("gross", m.text("error.job.belowMinimumWage", m.money(gross),
                    hours.stripTrailingZeros().toPlainString(), m.money(hourly), m.money(minimum)));
        }
        Payslip alone = rules.compute(month, situation(actor, draft.personId(), hours), gross);
        Money available = available(actor, draft.activityId(), month);
        Money taken = store.read(em -> unpaidCost(em, cooperative, draft.activityId(), gross.currency().getCurrencyCode()));
        if (alone.employerCost().compareTo(available.minus(taken)) > 0) {
            throw new ValidationException("gross", m.text("error.job.overBudget", m.money(alone.employerCost()),
                    m.money(available), m.money(taken), m.money(available.minus(taken))));
        }
        ShortJobDraft clean = new ShortJobDraft(draft.activityId(), draft.personId(), draft.firstDay(),
                draft.lastDay(), hours, gross, description);
        ShortJob job = store.inTransaction(em -> {
            ShortJobEntity row = new ShortJobEntity(cooperative, clean, alone.employerCost(), clock.instant(),
                    actor.login());
            em.persist(row);
            em.flush();
            return row.toRecord(false);
        });
        return new DeclaredJob(job, alone.gross(), alone.netPaid(), alone.employerCost());
    }

    /** Cancels a job not paid yet; a job a validated run paid is refused, and so is one already cancelled. */
    public ShortJob cancel(UserContext actor, long jobId) {
        actor.require(PayrollPermissions.PLAN);
        Messages m = new Messages(actor.locale());
        ShortJob job = find(actor.cooperativeId(), jobId).filter(j -> activities.find(actor, j.activityId()).isPresent())
                .orElseThrow(() -> new ValidationException("id", m.text("error.notFound")));
        if (job.status() == ShortJob.Status.CANCELLED) {
            throw new ValidationException("id", m.text("error.job.cancelled"));
        }
        if (job.status() == ShortJob.Status.PAID || runs.validationStarted(actor.cooperativeId(), job.month())) {
            throw new ValidationException("id", m.text("error.job.paid", m.month(job.month())));
        }
        return store.inTransaction(em -> {
            ShortJobEntity row = em.find(ShortJobEntity.class, jobId);
            row.cancel(clock.instant(), actor.login());
            em.flush();
            return row.toRecord(false);
        });
    }

    /**
     * An activity's jobs, of {@code month} or all when it is null, latest first: every job with
     * {@code payroll.payslips.view-all}, one's own only otherwise.
     */
    public List<ShortJob> ofActivity(UserContext actor, long activityId, YearMonth month) {
        boolean all = actor.can(PayrollPermissions.VIEW_ALL);
        if (!all) {
            actor.require(PayrollPermissions.VIEW_OWN);
        }
        if (activities.find(actor, activityId).isEmpty()) {
            return List.of();
        }
        List<ShortJob> jobs = store.read(em -> {
            Set<Long> paid = paidIds(em, actor.cooperativeId(), activityId);
            var query = em.createQuery("select j from PayrollShortJob j where j.cooperativeId = :c"
                    + " and j.activityId = :a" + (month == null ? "" : " and j.month = :m")
                    + " order by j.firstDay desc, j.id desc", ShortJobEntity.class)
                    .setParameter("c", actor.cooperativeId()).setParameter("a", activityId);
            if (month != null) {
                query.setParameter("m", Months.firstDay(month));
            }
            return query.getResultStream().map(j -> j.toRecord(paid.contains(j.id))).toList();
        });
        if (all) {
            return jobs;
        }
        return jobs.stream().filter(j -> people.find(actor, j.personId())
                .map(p -> Objects.equals(p.details().userId(), actor.userId())).orElse(false)).toList();
    }

    /** Without a permission check: the run's own read of the month's jobs not cancelled, after it checked the user's. */
    public List<ShortJob> payable(long cooperativeId, YearMonth month) {
        return store.read(em -> em.createQuery("select j from PayrollShortJob j where j.cooperativeId = :c"
                        + " and j.month = :m and j.cancelledAt is null order by j.activityId, j.personId, j.firstDay,"
                        + " j.id", ShortJobEntity.class).setParameter("c", cooperativeId)
                .setParameter("m", Months.firstDay(month)).getResultStream().map(j -> j.toRecord(false)).toList());
    }

    /** Without a permission check: the jobs a payslip pays, after the caller checked the payslip may be read. */
    public List<ShortJob> paidBy(long cooperativeId, long payslipId) {
        return store.read(em -> em.createQuery("select j from PayrollShortJob j, PayrollPayslipJob l"
                        + " where l.jobId = j.id and l.payslipId = :p and j.cooperativeId = :c order by j.firstDay, j.id",
                ShortJobEntity.class).setParameter("p", payslipId).setParameter("c", cooperativeId).getResultStream()
                .map(j -> j.toRecord(false)).toList());
    }

    public Optional<ShortJob> find(long cooperativeId, long jobId) {
        return store.read(em -> Optional.ofNullable(em.find(ShortJobEntity.class, jobId))
                .filter(j -> j.cooperativeId == cooperativeId)
                .map(j -> j.toRecord(paidIds(em, cooperativeId, j.activityId).contains(j.id))));
    }

    /** Both days given, the last not before the first, both in one calendar month: that month. */
    private static YearMonth days(ShortJobDraft draft, Messages m) {
        if (draft.firstDay() == null) {
            throw new ValidationException("firstDay", m.text("error.required"));
        }
        if (draft.lastDay() == null) {
            throw new ValidationException("lastDay", m.text("error.required"));
        }
        if (draft.lastDay().isBefore(draft.firstDay())) {
            throw new ValidationException("lastDay", m.text("error.job.lastBeforeFirst", m.day(draft.firstDay())));
        }
        YearMonth month = YearMonth.from(draft.firstDay());
        if (!YearMonth.from(draft.lastDay()).equals(month)) {
            throw new ValidationException("lastDay", m.text("error.job.oneMonth", m.month(month)));
        }
        return month;
    }

    /**
     * Employment terms in force on the job's first day (an open-ended contract's), or an employment contract on
     * the person's path started by then (a Belgian short job contract opens one per job, with no terms).
     */
    private boolean employed(UserContext actor, long personId, LocalDate firstDay) {
        boolean terms = people.employmentTerms(actor, personId).stream().map(EmploymentTermsVersion::terms)
                .anyMatch(t -> !t.validFrom().isAfter(firstDay));
        if (terms) {
            return true;
        }
        Set<String> employment = new HashSet<>();
        people.pathModel(actor).contractKinds().stream().filter(ContractKind::employment)
                .forEach(k -> employment.add(k.code()));
        return people.path(actor, personId).map(PersonPath::contracts).orElse(List.of()).stream()
                .anyMatch(c -> employment.contains(c.kind()) && !c.start().isAfter(firstDay));
    }

    private EmployeeSituation situation(UserContext actor, long personId, BigDecimal hours) {
        PayrollSettings.Values values = PayrollSettings.Values.of(settings, actor);
        EmployeeFacts facts = employees.facts(actor.cooperativeId(), personId);
        return new EmployeeSituation(hours, facts.executive(), values.headcount(), values.accidentRatePercent(),
                facts.dependants(), facts.withholdingRatePercent(), null, facts.household());
    }

    /**
     * What the activity has to pay with, read as a salary plan reads it (turnover − contribution − expenses −
     * salaries already charged), from its first day to the end of the job's month or today, whichever is later:
     * the invoice of the concert usually follows it.
     */
    private Money available(UserContext actor, long activityId, YearMonth month) {
        LocalDate today = LocalDate.now(clock);
        LocalDate to = month.atEndOfMonth().isAfter(today) ? month.atEndOfMonth() : today;
        ActivityAccount account = accounts.account(actor, activityId, BOOKS_START, to);
        return account.result();
    }

    /** The employer cost of the activity's declared jobs that no validated run paid yet. */
    private static Money unpaidCost(EntityManager em, long cooperativeId, long activityId, String currency) {
        Set<Long> paid = paidIds(em, cooperativeId, activityId);
        long minor = em.createQuery("select j from PayrollShortJob j where j.cooperativeId = :c and j.activityId = :a"
                        + " and j.cancelledAt is null", ShortJobEntity.class).setParameter("c", cooperativeId)
                .setParameter("a", activityId).getResultStream().filter(j -> !paid.contains(j.id))
                .mapToLong(j -> j.employerCostMinor).sum();
        return Money.of(minor, currency);
    }

    /** The ids of the activity's jobs paid by a validated run. */
    private static Set<Long> paidIds(EntityManager em, long cooperativeId, long activityId) {
        return new HashSet<>(em.createQuery("select l.jobId from PayrollPayslipJob l, PayrollRun r, PayrollShortJob j"
                        + " where r.id = l.runId and j.id = l.jobId and r.cooperativeId = :c and j.activityId = :a"
                        + " and r.status = :s", Long.class).setParameter("c", cooperativeId)
                .setParameter("a", activityId).setParameter("s", RunStatus.VALIDATED).getResultList());
    }
}
