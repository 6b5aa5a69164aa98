package coop.essaim.governance;

import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.Side;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.CapitalRule;
import coop.essaim.governance.internal.Governance;
import coop.essaim.testkit.EssaimTestKit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The demo cooperative (French) on the real core with country-fr and this plugin: its administrator {@code admin},
 * its accountant {@code compta}, Jeanne (an entrepreneur), and associates made for the tests. Each test records on
 * its own day, so the capital rule it adds is the one in force that day.
 */
public final class GovernanceFixture {

    public static final Currency EUR = Currency.getInstance("EUR");

    private final EssaimTestKit essaim;

    public GovernanceFixture(EssaimTestKit essaim) {
        this.essaim = essaim;
    }

    public static EssaimTestKit kit() {
        return EssaimTestKit.withPlugins(Path.of("target/test-plugins/essaim-country-fr.jar"),
                Path.of("target/classes")).withDemo();
    }

    /**
     * The same with the payroll plugin (its unpacked classes, on the test class path like governance's: see the
     * pom) installed before governance: the demo's payroll validated June to October 2026, Jeanne's "Couture
     * Jeanne" paid from June.
     */
    public static EssaimTestKit kitWithPayroll() {
        return EssaimTestKit.withPlugins(Path.of("target/test-plugins/essaim-country-fr.jar"),
                Path.of("target/test-plugins/payroll"), Path.of("target/classes")).withDemo();
    }

    public Governance on(LocalDate day) {
        ZoneId paris = ZoneId.of("Europe/Paris");
        return Governance.of(essaim.modules().context("governance").orElseThrow(),
                Clock.fixed(day.atTime(12, 0).atZone(paris).toInstant(), paris));
    }

    public UserContext admin() {
        return essaim.demoUser("admin");
    }

    public UserContext accountant() {
        return essaim.demoUser("compta");
    }

    public UserContext jeanne() {
        return essaim.demoUser("jeanne");
    }

    /** A rule from {@code day}: a share worth {@code nominal}, at least {@code minimum} on entry. */
    public void rule(LocalDate day, String nominal, String minimum) {
        on(day).rules().add(admin(), new CapitalRule(day, eur(nominal), eur(minimum)), EUR);
    }

    public Person person(PersonKind kind, String given, String family) {
        return people().create(admin(), new PersonDetails(kind, given, family, null, false,
                null, null, null, null, establishment(), List.of(), null));
    }

    public Person partner(String given, String family, String organisation) {
        return people().create(admin(), new PersonDetails(PersonKind.PARTNER, given, family, organisation, false,
                null, null, null, null, establishment(), List.of(), null));
    }

    public Person legalEntity(String organisation) {
        return people().create(admin(), new PersonDetails(PersonKind.EXTERNAL_ASSOCIATE, "", "", organisation,
                true, null, null, null, null, establishment(), List.of(), null));
    }

    private long establishment() {
        return people().establishments(admin()).get(0).id();
    }

    public People people() {
        return essaim.service(People.class);
    }

    public Ledger ledger() {
        return essaim.service(Ledger.class);
    }

    public ValidatedEntry entry(Long id) {
        return ledger().entry(admin(), id).orElseThrow();
    }

    public static Money eur(String amount) {
        return Money.parse(amount, EUR);
    }

    /** The entry's amount on {@code account} on {@code side}, all its lines added. */
    public static long on(ValidatedEntry e, String account, Side side) {
        return e.lines().stream().filter(l -> l.accountCode().equals(account) && l.side() == side)
                .mapToLong(l -> l.amount().minorUnits()).sum();
    }

    public static void assertBalanced(ValidatedEntry e) {
        long debit = e.lines().stream().filter(l -> l.side() == Side.DEBIT).mapToLong(l -> l.amount().minorUnits())
                .sum();
        long credit = e.lines().stream().filter(l -> l.side() == Side.CREDIT)
                .mapToLong(l -> l.amount().minorUnits()).sum();
        assertEquals(debit, credit, e.reference());
    }
}
