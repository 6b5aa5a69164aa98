package coop.essaim.payroll.job;

import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.EmploymentTerms;
import coop.essaim.api.people.PathChange;
import coop.essaim.api.people.People;
import coop.essaim.api.people.PersonPath;
import coop.essaim.api.security.UserContext;
import coop.essaim.payroll.internal.Payroll;
import coop.essaim.payroll.internal.job.ShortJobDraft;
import coop.essaim.testkit.EssaimTestKit;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The Belgian demo cooperative (SMart-style) on the real core with country-be, invoicing and this plugin. Zoé
 * ("Bijouterie Zoé", about 4,290 € available, no salary plan) is hired by short job contracts here so that her
 * jobs can be declared; Jeanne, the demo's entrepreneur with a login, joins her activity.
 */
final class BelgianJobsFixture {

    static final String ZOE_ACTIVITY = "Bijouterie Zoé";
    static final LocalDate START = LocalDate.of(2026, 10, 1);

    private final EssaimTestKit essaim;

    BelgianJobsFixture(EssaimTestKit essaim) {
        this.essaim = essaim;
    }

    static EssaimTestKit kit() {
        return EssaimTestKit.withPlugins(Path.of("target/test-plugins/essaim-country-be.jar"),
                Path.of("target/test-plugins/essaim-invoicing.jar"), Path.of("target/classes"))
                .inCountry("BE", "EUR", "fr").withDemo();
    }

    Payroll payroll() {
        return Payroll.of(essaim.modules().context("payroll").orElseThrow());
    }

    UserContext accountant() {
        return essaim.demoUser("compta");
    }

    UserContext adviser() {
        return essaim.demoUser("conseil");
    }

    UserContext jeanne() {
        return essaim.demoUser("jeanne");
    }

    UserContext admin() {
        return essaim.demoUser("admin");
    }

    Activity activity(String name) {
        return essaim.service(Activities.class).list(admin(), null, null).stream()
                .filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * The activity's only member, hired by short job contracts from 1 October 2026 (the Belgian path's
     * {@code short-jobs} status opens a fixed-term employment contract, with no employment terms).
     */
    long hiredForJobs(String activityName) {
        long person = activity(activityName).memberIds().get(0);
        People people = essaim.service(People.class);
        PersonPath path = people.path(admin(), person).orElseThrow();
        if (path.firstEntered("short-jobs").isEmpty()) {
            enter(people, person, path, "short-jobs", LocalDate.of(2026, 10, 31));
        }
        return person;
    }

    /** The activity's only member, salaried (monthly, open-ended) from 1 October 2026 at a loaded 25 € an hour. */
    long salariedWithTerms(String activityName) {
        long person = activity(activityName).memberIds().get(0);
        People people = essaim.service(People.class);
        if (people.employmentTerms(admin(), person).isEmpty()) {
            enter(people, person, people.path(admin(), person).orElseThrow(), "salaried", null);
            people.amendEmploymentTerms(admin(), person, new EmploymentTerms(START, new BigDecimal("35"),
                    EmploymentTerms.Per.WEEK, eur("25.00"), "Test : salarié au mois"));
        }
        return person;
    }

    private void enter(People people, long person, PersonPath path, String status, LocalDate plannedEnd) {
        if (path.latest().map(e -> e.statusCode().equals("reception")).orElse(true)) {
            people.recordTransition(admin(), person, new PathChange("support-agreement", START.minusMonths(1),
                    START.minusMonths(1).plusYears(1), null, "Test"));
        }
        people.recordTransition(admin(), person, new PathChange(status, START, plannedEnd, null, "Test"));
    }

    /** Jeanne joins Zoé's activity (once), and her person id. */
    long jeanneOnZoesActivity() {
        Activity zoe = activity(ZOE_ACTIVITY);
        long jeanne = activity("Couture Jeanne").memberIds().get(0);
        if (!zoe.memberIds().contains(jeanne)) {
            essaim.service(Activities.class).addMember(admin(), zoe.id(), jeanne, LocalDate.of(2026, 10, 1));
        }
        return jeanne;
    }

    static Money eur(String amount) {
        return Money.parse(amount, java.util.Currency.getInstance("EUR"));
    }

    static ShortJobDraft day(long activity, long person, LocalDate day, String gross, String description) {
        return new ShortJobDraft(activity, person, day, day, new BigDecimal("8"), eur(gross), description);
    }
}
