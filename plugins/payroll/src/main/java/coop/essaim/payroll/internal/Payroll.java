package coop.essaim.payroll.internal;

import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.cooperative.CooperativeProfile;
import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.ledger.ContributionRateBook;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.module.ModuleCatalog;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.People;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.payroll.api.PayrollRuns;
import coop.essaim.payroll.api.SalaryPlans;
import coop.essaim.payroll.internal.document.PayrollDocuments;
import coop.essaim.payroll.internal.employee.EmployeeBook;
import coop.essaim.payroll.internal.job.JobBook;
import coop.essaim.payroll.internal.plan.SalaryPlanBook;
import coop.essaim.payroll.internal.run.RunBook;
import coop.essaim.payroll.internal.run.RunCast;
import coop.essaim.payroll.internal.run.RunJobs;
import coop.essaim.payroll.internal.run.RunLedger;
import coop.essaim.payroll.internal.simulator.SalarySimulator;

import java.time.Clock;

/**
 * The module's services over its store and the core's services, as its pages, its API, its demo data and its
 * tests use them. Cheap to build: it holds no state beyond the references.
 */
public final class Payroll {

    private final PayrollRulebook rulebook;
    private final EmployeeBook employees;
    private final SalaryPlanBook plans;
    private final JobBook shortJobs;
    private final RunBook runs;
    private final SalarySimulator simulator;
    private final PayrollDocuments documents;
    private final ModuleContext context;

    private Payroll(ModuleContext context, Clock clock) {
        this.context = context;
        ModuleStore store = context.store().orElseThrow(() -> new IllegalStateException("payroll: no store"));
        People people = context.service(People.class);
        Activities activities = context.service(Activities.class);
        CooperativeSettings settings = context.service(CooperativeSettings.class);
        this.rulebook = new PayrollRulebook(context.service(ModuleCatalog.class),
                context.service(CooperativeDirectory.class));
        RunLedger stored = new RunLedger(store);
        this.employees = new EmployeeBook(store, people, clock);
        this.plans = new SalaryPlanBook(store, activities, people, context.service(ActivityAccounts.class), stored,
                clock);
        this.shortJobs = new JobBook(store, activities, people, context.service(ActivityAccounts.class), stored, plans,
                employees, rulebook, settings, context.service(CooperativeDirectory.class), clock);
        this.runs = new RunBook(store, stored, plans, shortJobs, new RunCast(people, activities), employees, rulebook,
                settings, context.service(Ledger.class), clock);
        this.simulator = new SalarySimulator(rulebook, settings, context.service(ContributionRateBook.class), clock);
        this.documents = new PayrollDocuments(runs, rulebook, employees, people, activities,
                context.service(CooperativeDirectory.class), context.service(CooperativeProfile.class), settings, clock,
                shortJobs);
    }

    public static Payroll of(ModuleContext context) {
        return new Payroll(context, Clock.systemDefaultZone());
    }

    /** With a chosen clock: how tests and the demo date what they decide. */
    public static Payroll of(ModuleContext context, Clock clock) {
        return new Payroll(context, clock);
    }

    public PayrollRulebook rulebook() {
        return rulebook;
    }

    public EmployeeBook employees() {
        return employees;
    }

    public SalaryPlans plans() {
        return plans;
    }

    /** The short job contracts, paid per job by the month's run. */
    public JobBook shortJobs() {
        return shortJobs;
    }

    public PayrollRuns runs() {
        return runs;
    }

    public SalarySimulator simulator() {
        return simulator;
    }

    public PayrollDocuments documents() {
        return documents;
    }

    /** The runs computing or validating in the background, started from the pages. */
    public RunJobs jobs() {
        return RunJobs.of(context);
    }
}
