package coop.essaim.payroll.internal.run;

import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.MissingPayrollParametersException;
import coop.essaim.api.payroll.PayrollRules;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.payroll.api.EmployeeFacts;
import coop.essaim.payroll.api.PayrollPermissions;
import coop.essaim.payroll.api.PayrollRun;
import coop.essaim.payroll.api.PayrollRuns;
import coop.essaim.payroll.api.PayslipRecord;
import coop.essaim.payroll.api.RunNotice;
import coop.essaim.payroll.api.RunProgress;
import coop.essaim.payroll.api.RunStatus;
import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.payroll.internal.Messages;
import coop.essaim.payroll.internal.Months;
import coop.essaim.payroll.internal.PayrollRulebook;
import coop.essaim.payroll.internal.PayrollSettings;
import coop.essaim.payroll.internal.employee.EmployeeBook;
import coop.essaim.payroll.internal.job.JobBook;
import coop.essaim.payroll.internal.job.ShortJob;
import coop.essaim.payroll.internal.plan.SalaryPlanBook;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The monthly runs. Computing reads the plans in force and the country's rules and stores the payslips of a
 * draft (recomputing replaces them: nothing of a draft has reached the books). Validating posts each payslip's
 * entry under a key made of the month, the person and the activity, then marks the run final: a validation
 * interrupted half-way and run again posts only what is missing. After the plans, each person's short jobs on
 * an activity in the month give one payslip of their summed gross and hours, unless a plan pays that person on
 * that activity that month (monthly pay and jobs do not mix: a notice says why the jobs are not paid).
 */
public final class RunBook implements PayrollRuns {

    private static final int RECORD_CHUNK = 500;

    private final ModuleStore store;
    private final RunLedger runs;
    private final SalaryPlanBook plans;
    private final JobBook jobs;
    private final RunCast cast;
    private final EmployeeBook employees;
    private final PayrollRulebook rulebook;
    private final CooperativeSettings settings;
    private final Ledger ledger;
    private final Clock clock;

    public RunBook(ModuleStore store, RunLedger runs, SalaryPlanBook plans, JobBook jobs, RunCast cast,
                   EmployeeBook employees, PayrollRulebook rulebook, CooperativeSettings settings, Ledger ledger,
                   Clock clock) {
        this.store = store;
        this.runs = runs;
        this.plans = plans;
        this.jobs = jobs;
        this.cast = cast;
        this.employees = employees;
        this.rulebook = rulebook;
        this.settings = settings;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public PayrollRun compute(UserContext actor, YearMonth month, RunProgress progress) {
        actor.require(PayrollPermissions.RUN);
        Messages m = new Messages(actor.locale());
        requireMonth(month, m);
        if (runs.validated(actor.cooperativeId(), month)) {
            throw new ValidationException("month", m.text("error.run.validated", month));
        }
        if (runs.validationStarted(actor.cooperativeId(), month)) {
            throw new ValidationException("month", m.text("error.run.validating", month));
        }
        PayrollSettings.Values values = PayrollSettings.Values.of(settings, actor);
        PayrollRules rules = rulebook.rules(actor);
        if (month.isBefore(rules.firstMonth())) {
            throw new ValidationException("month", new MissingPayrollParametersException(rules.country(), month,
                    rules.firstMonth().toString()).getMessage());
        }
        PayslipComputation computation = new PayslipComputation(rules, month);
        List<PayslipDraft> drafts = new ArrayList<>();
        List<RunNotice> notices = new ArrayList<>();
        Map<Long, EmployeeFacts> recorded = employees.recorded(actor.cooperativeId());
        var inForce = plans.inForce(actor.cooperativeId(), month);
        int done = 0;
        for (var plan : inForce) {
            progress.advanced(done++, inForce.size());
            RunCast.Member who = cast.member(actor, plan.personId(), plan.activityId());
            var facts = recorded.getOrDefault(plan.personId(), EmployeeFacts.defaults(plan.personId()));
            if (plan.hoursPerMonth().signum() <= 0) {
                notices.add(who.notice(m.text("notice.noHours", plan.monthlyLoadedSalary(), plan.loadedHourlyCost())));
                continue;
            }
            EmployeeSituation situation = new EmployeeSituation(plan.hoursPerMonth(), facts.executive(),
                    values.headcount(), values.accidentRatePercent(), facts.dependants(),
                    facts.withholdingRatePercent(), null, facts.household());
            PayslipComputation.Outcome outcome = plan.smoothed()
                    ? computation.fromBudget(situation, plan.monthlyLoadedSalary())
                    : computation.fromGross(situation, plan.fixedGross());
            outcome.found().ifPresentOrElse(
                    p -> drafts.add(new PayslipDraft(plan.personId(), who.userId(), who.personName(),
                            plan.activityId(), who.activityName(), plan.id(), plan.monthlyLoadedSalary(),
                            plan.hoursPerMonth(), p, List.of())),
                    () -> notices.add(who.notice(m.text(outcome.problem(), outcome.arguments()))));
        }
        progress.advanced(done, inForce.size());
        Set<String> planned = inForce.stream().map(p -> p.personId() + ":" + p.activityId())
                .collect(Collectors.toSet());
        Map<String, List<ShortJob>> jobsOf = jobs.payable(actor.cooperativeId(), month).stream()
                .collect(Collectors.groupingBy(j -> j.personId() + ":" + j.activityId(), LinkedHashMap::new,
                        Collectors.toList()));
        for (Map.Entry<String, List<ShortJob>> member : jobsOf.entrySet()) {
            ShortJob first = member.getValue().get(0);
            RunCast.Member who = cast.member(actor, first.personId(), first.activityId());
            if (planned.contains(member.getKey())) {
                notices.add(who.notice(m.text("notice.jobsWithPlan", m.month(month), member.getValue().size())));
                continue;
            }
            var facts = recorded.getOrDefault(first.personId(), EmployeeFacts.defaults(first.personId()));
            BigDecimal hours = member.getValue().stream().map(ShortJob::hours).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            var gross = member.getValue().stream().map(ShortJob::gross).reduce(coop.essaim.api.money.Money::plus)
                    .orElseThrow();
            EmployeeSituation situation = new EmployeeSituation(hours, facts.executive(), values.headcount(),
                    values.accidentRatePercent(), facts.dependants(), facts.withholdingRatePercent(), null,
                    facts.household());
            PayslipComputation.Outcome outcome = computation.fromGross(situation, gross);
            List<Long> ids = member.getValue().stream().map(ShortJob::id).toList();
            outcome.found().ifPresentOrElse(
                    p -> drafts.add(new PayslipDraft(first.personId(), who.userId(), who.personName(),
                            first.activityId(), who.activityName(), null, null, hours, p, ids)),
                    () -> notices.add(who.notice(m.text(outcome.problem(), outcome.arguments()))));
        }
        store.run(em -> {
            PayrollRunEntity run = RunLedger.entity(em, actor.cooperativeId(), month).orElseGet(() -> {
                PayrollRunEntity created = new PayrollRunEntity(actor.cooperativeId(), Months.firstDay(month));
                em.persist(created);
                return created;
            });
            run.computed(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), actor.login());
            em.flush();
            em.createQuery("delete from PayrollPayslipJob l where l.runId = :r").setParameter("r", run.id)
                    .executeUpdate();
            RunLedger.payslips(em, run.id).forEach(em::remove);
            em.createQuery("delete from PayrollRunNotice n where n.runId = :r").setParameter("r", run.id)
                    .executeUpdate();
            List<PayslipEntity> stored = new ArrayList<>();
            for (PayslipDraft d : drafts) {
                PayslipEntity payslip = new PayslipEntity(run.id, actor.cooperativeId(), d);
                em.persist(payslip);
                stored.add(payslip);
            }
            em.flush();
            for (int i = 0; i < drafts.size(); i++) {
                for (long job : drafts.get(i).jobIds()) {
                    em.persist(new PayslipJobEntity(stored.get(i).id, job, run.id));
                }
            }
            for (RunNotice n : notices) {
                em.persist(new RunNoticeEntity(run.id, n));
            }
        });
        return runs.find(actor.cooperativeId(), month).orElseThrow();
    }

    @Override
    public Optional<PayrollRun> run(UserContext actor, YearMonth month) {
        actor.require(PayrollPermissions.VIEW_ALL);
        return runs.find(actor.cooperativeId(), month);
    }

    @Override
    public PayrollRun validate(UserContext actor, YearMonth month, RunProgress progress) {
        actor.require(PayrollPermissions.RUN);
        Messages m = new Messages(actor.locale());
        PayrollRun run = runs.find(actor.cooperativeId(), month)
                .orElseThrow(() -> new ValidationException("month", m.text("error.run.none", month)));
        if (run.status() == RunStatus.VALIDATED) {
            return run;
        }
        if (run.payslips().isEmpty()) {
            throw new ValidationException("month", m.text("error.run.empty", month));
        }
        if (jobsChangedSince(actor.cooperativeId(), run)) {
            throw new ValidationException("month", m.text("error.run.jobsChanged", m.month(month)));
        }
        var accounts = rulebook.rules(actor).accounts();
        UserContext poster = actor.lending(LedgerPermissions.POST);
        // the entry ids are recorded a chunk at a time: after an interruption, posting again under the same key
        // returns the entry already posted, so a chunk lost before its commit is only recorded again
        Map<Long, Long> posted = new LinkedHashMap<>();
        List<PayslipRecord> toPost = run.payslips().stream().filter(p -> p.entryId() == null).toList();
        int done = 0;
        for (PayslipRecord p : toPost) {
            progress.advanced(done++, toPost.size());
            String label = m.text("entry.label", p.month(), p.personName());
            ValidatedEntry entry = ledger.post(poster, PayrollEntries.draft(actor.cooperativeId(), p, accounts,
                    label));
            posted.put(p.id(), entry.id());
            if (posted.size() == RECORD_CHUNK) {
                recordPosted(posted);
            }
        }
        recordPosted(posted);
        progress.advanced(done, toPost.size());
        store.run(em -> {
            em.find(PayrollRunEntity.class, run.id())
                    .validated(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), actor.login());
        });
        return runs.find(actor.cooperativeId(), month).orElseThrow();
    }

    /** A job declared after the draft was computed, or a job it pays cancelled since: the draft is stale. */
    private boolean jobsChangedSince(long cooperativeId, PayrollRun run) {
        Set<Long> paid = run.payslips().stream().flatMap(p -> p.jobIds().stream()).collect(Collectors.toSet());
        List<ShortJob> payable = jobs.payable(cooperativeId, run.month());
        Set<Long> standing = payable.stream().map(ShortJob::id).collect(Collectors.toSet());
        return !standing.containsAll(paid)
                || payable.stream().anyMatch(j -> j.declaredAt().isAfter(run.computedAt()));
    }

    private void recordPosted(Map<Long, Long> posted) {
        if (posted.isEmpty()) {
            return;
        }
        store.run(em -> posted.forEach((payslip, entry) -> em.find(PayslipEntity.class, payslip).postedAs(entry)));
        posted.clear();
    }

    @Override
    public List<PayslipRecord> ownPayslips(UserContext actor) {
        actor.require(PayrollPermissions.VIEW_OWN);
        return runs.payslipsOfUser(actor.cooperativeId(), actor.userId());
    }

    @Override
    public Optional<PayslipRecord> payslip(UserContext actor, long payslipId) {
        if (actor.can(PayrollPermissions.VIEW_ALL)) {
            return runs.payslip(actor.cooperativeId(), payslipId);
        }
        actor.require(PayrollPermissions.VIEW_OWN);
        return runs.personUserId(actor.cooperativeId(), payslipId).filter(u -> u == actor.userId())
                .flatMap(u -> runs.payslip(actor.cooperativeId(), payslipId))
                .filter(p -> runs.validated(actor.cooperativeId(), p.month()));
    }

    private static void requireMonth(YearMonth month, Messages m) {
        if (month == null) {
            throw new ValidationException("month", m.text("error.required"));
        }
    }
}
