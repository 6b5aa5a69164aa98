package coop.essaim.payroll.internal.demo;

import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.demo.DemoContext;
import coop.essaim.api.demo.DemoData;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.people.EmploymentTerms;
import coop.essaim.api.people.PathChange;
import coop.essaim.api.people.People;
import coop.essaim.api.people.PersonPath;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.payroll.api.SalaryPlanDraft;
import coop.essaim.payroll.internal.Payroll;
import coop.essaim.payroll.internal.PayrollSettings;
import coop.essaim.payroll.internal.job.ShortJobDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Optional;

/**
 * The demo cooperative's payroll, after its books (order 300): the accident rate and headcount; employment terms
 * for each salaried member who runs an activity alone (Jeanne's 13 hours at a loaded 10.10 € an hour, as in the
 * domain guide; 25 € for the others); a smoothed plan for each over six months, from June 2026 for Jeanne
 * (her 800 € give 133.33 € a month) and from October for the others, who invoiced in September; then the payroll of {@link #FIRST_RUN} to {@link #LAST_RUN}
 * computed and validated, so November 2026 is left for the accountant to compute and review.
 */
public final class PayrollDemo implements DemoData {

    public static final YearMonth FIRST_RUN = YearMonth.of(2026, 6);
    public static final YearMonth LAST_RUN = YearMonth.of(2026, 10);
    /** The other members invoiced in September 2026: their plans start the month after. */
    static final YearMonth OTHERS_FIRST_RUN = YearMonth.of(2026, 10);
    public static final String JEANNE_ACTIVITY = "Couture Jeanne";
    /** Loaded hourly costs in minor units of the cooperative's currency: 10.10 and 25.00. */
    static final long JEANNE_HOURLY_COST = 1010;
    static final long HOURLY_COST = 2500;
    /** The Belgian demo's short jobs: Emma's three workshop days of November 2026, 8 hours and 240 € each. */
    public static final String JOBS_ACTIVITY = "Illustration Emma";
    /** The Belgian path's status of short job contracts (country-be's path model). */
    static final String SHORT_JOBS = "short-jobs";
    public static final YearMonth JOBS_MONTH = YearMonth.of(2026, 11);
    static final int[] JOB_DAYS = {6, 13, 20};
    static final long JOB_GROSS = 24_000;
    private static final Logger LOG = LoggerFactory.getLogger(PayrollDemo.class);

    private final ModuleContext module;

    public PayrollDemo(ModuleContext module) {
        this.module = module;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void load(DemoContext context) {
        UserContext admin = context.actingAs(CoreRoles.ADMINISTRATOR);
        UserContext accountant = context.actingAs(CoreRoles.ACCOUNTANT);
        CooperativeSettings settings = module.service(CooperativeSettings.class);
        settings.change(admin, PayrollSettings.ACCIDENT_RATE, "2.12");
        settings.change(admin, PayrollSettings.HEADCOUNT, "25");
        Payroll payroll = Payroll.of(module);
        People people = module.service(People.class);
        Currency currency = Currency.getInstance(module.service(CooperativeDirectory.class)
                .find(admin.cooperativeId()).orElseThrow().currency());
        for (Activity a : module.service(Activities.class).list(admin, null, ActivityStatus.ACTIVE)) {
            if (a.memberIds().size() != 1) {
                continue;   // a brand group's split is the brand-groups plugin's
            }
            long person = a.memberIds().get(0);
            salariedSince(people, admin, person).ifPresent(since -> plan(payroll, people, admin, accountant, a,
                    person, since, currency));
        }
        for (YearMonth m = FIRST_RUN; !m.isAfter(LAST_RUN); m = m.plusMonths(1)) {
            // outside France, Jeanne's first months are not in the books: the runs before October pay nobody
            if (!payroll.runs().compute(accountant, m).payslips().isEmpty()) {
                payroll.runs().validate(accountant, m);
            }
        }
        String country = module.service(CooperativeDirectory.class).find(admin.cooperativeId()).orElseThrow()
                .country();
        if ("BE".equals(country)) {
            shortJobs(payroll, people, admin, accountant, currency);
        }
    }

    /**
     * In Belgium, SMart-style: Emma, illustrator, hired for three workshop days in November 2026, each declared as
     * its own short job contract; November is left for the accountant to compute, so they stay declared.
     */
    private void shortJobs(Payroll payroll, People people, UserContext admin, UserContext accountant,
                           Currency currency) {
        Activity emma = module.service(Activities.class).list(admin, null, ActivityStatus.ACTIVE).stream()
                .filter(a -> a.name().equals(JOBS_ACTIVITY) && a.memberIds().size() == 1).findFirst().orElse(null);
        if (emma == null) {
            return;
        }
        long person = emma.memberIds().get(0);
        for (int day : JOB_DAYS) {
            try {
                // each job is its own fixed-term contract on the path: entering the status again opens the next
                people.recordTransition(admin, person, new PathChange(SHORT_JOBS, JOBS_MONTH.atDay(day),
                        JOBS_MONTH.atDay(day), null, "Démo : atelier du " + day + "/11"));
                payroll.shortJobs().declare(accountant, new ShortJobDraft(emma.id(), person, JOBS_MONTH.atDay(day),
                        JOBS_MONTH.atDay(day), new BigDecimal("8"), Money.of(JOB_GROSS, currency),
                        "Atelier d'illustration, Bozar " + day + "/11"));
            } catch (ValidationException e) {
                LOG.debug("demo: no short job for {}: {}", emma.name(), e.getMessage());
            }
        }
    }

    private static Optional<LocalDate> salariedSince(People people, UserContext admin, long person) {
        return people.path(admin, person).map(PersonPath::contracts).flatMap(contracts -> contracts.stream()
                .filter(c -> c.open() && c.plannedEnd() == null).map(c -> c.start()).findFirst());
    }

    private void plan(Payroll payroll, People people, UserContext admin, UserContext accountant, Activity a,
                      long person, LocalDate since, Currency currency) {
        boolean jeanne = a.name().equals(JEANNE_ACTIVITY);
        LocalDate from = since.isBefore(a.start()) ? a.start() : since;
        YearMonth first = YearMonth.from(from).plusMonths(from.getDayOfMonth() == 1 ? 0 : 1);
        YearMonth earliest = jeanne ? FIRST_RUN : OTHERS_FIRST_RUN;
        if (first.isBefore(earliest)) {
            first = earliest;
        }
        if (first.isAfter(LAST_RUN.plusMonths(1))) {
            return;
        }
        if (people.employmentTerms(admin, person).isEmpty()) {
            people.amendEmploymentTerms(admin, person, new EmploymentTerms(first.atDay(1),
                    jeanne ? BigDecimal.valueOf(13) : new BigDecimal("35"),
                    jeanne ? EmploymentTerms.Per.MONTH : EmploymentTerms.Per.WEEK,
                    Money.of(jeanne ? JEANNE_HOURLY_COST : HOURLY_COST, currency), "Démo : CESA"));
        }
        try {
            payroll.plans().decide(accountant, SalaryPlanDraft.smoothed(a.id(), person, first, 6,
                    "Démo : étalement sur six mois"));
        } catch (ValidationException e) {
            // an activity with nothing available yet pays no salary: that is the demo's story for it
            LOG.debug("demo: no salary plan for {}: {}", a.name(), e.getMessage());
        }
    }

}
