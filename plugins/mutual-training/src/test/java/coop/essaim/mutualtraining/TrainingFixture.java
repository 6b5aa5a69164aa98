package coop.essaim.mutualtraining;

import coop.essaim.api.money.Money;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.UserContext;
import coop.essaim.mutualtraining.api.NewRequest;
import coop.essaim.mutualtraining.internal.MutualTraining;
import coop.essaim.mutualtraining.internal.criteria.Criteria;
import coop.essaim.testkit.EssaimTestKit;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * The demo cooperative (French) on the real core with country-fr and this plugin: its administrator {@code admin},
 * its accountant {@code compta}, its board member {@code elu} (the committee), its adviser {@code conseil} and
 * Jeanne, an entrepreneur. Each test works in its own future year, so its criteria and budget are its own.
 */
public final class TrainingFixture {

    private final EssaimTestKit essaim;

    public TrainingFixture(EssaimTestKit essaim) {
        this.essaim = essaim;
    }

    public static EssaimTestKit kit() {
        return EssaimTestKit.withPlugins(Path.of("target/test-plugins/essaim-country-fr.jar"),
                Path.of("target/classes")).withDemo();
    }

    public MutualTraining on(LocalDate day) {
        return MutualTraining.of(essaim.modules().context("mutual-training").orElseThrow(), clock(day));
    }

    public static Clock clock(LocalDate day) {
        ZoneId paris = ZoneId.of("Europe/Paris");
        return Clock.fixed(day.atTime(12, 0).atZone(paris).toInstant(), paris);
    }

    /** The 1st of March of a year of the test's own, after this one. */
    public static LocalDate year(int n) {
        return LocalDate.of(LocalDate.now().getYear() + n, 3, 1);
    }

    public UserContext admin() {
        return essaim.demoUser("admin");
    }

    public UserContext accountant() {
        return essaim.demoUser("compta");
    }

    public UserContext committee() {
        return essaim.demoUser("elu");
    }

    public UserContext adviser() {
        return essaim.demoUser("conseil");
    }

    public UserContext jeanne() {
        return essaim.demoUser("jeanne");
    }

    public Person jeannePerson() {
        return essaim.service(People.class).list(admin(), PersonQuery.all(0, 500)).items().stream()
                .filter(p -> "Jeanne".equals(p.details().givenName()) && "Martin".equals(p.details().familyName()))
                .findFirst().orElseThrow();
    }

    public static Money eur(String amount) {
        return Money.parse(amount, Currency.getInstance("EUR"));
    }

    /** Criteria from {@code day}: start-phase statuses, points, yearly cap (minor units), internal share. */
    public static Criteria criteria(LocalDate day, List<String> startStatuses, int start, int internal,
                                    int activity, long cap, String internalShare) {
        return new Criteria(day, startStatuses, start, internal, activity, cap, new BigDecimal(internalShare),
                "Fixés par les représentants du personnel");
    }

    public static NewRequest request(String title, boolean internal, String cost, String purpose, Long personId) {
        return new NewRequest(title, internal, null, "Apprendre " + title, purpose, eur(cost), new BigDecimal("7"),
                personId);
    }
}
