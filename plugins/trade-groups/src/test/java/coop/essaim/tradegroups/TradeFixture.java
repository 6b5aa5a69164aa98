package coop.essaim.tradegroups;

import coop.essaim.api.money.Money;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.user.UserDirectory;
import coop.essaim.kernel.user.KernelUserDirectory;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.tradegroups.internal.TradeGroups;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * The demo cooperative (French) on the real core with country-fr and this plugin: its administrator, adviser,
 * accountant, Jeanne (an entrepreneur), and the demo members found by family name, who get a login on demand. The
 * services run on a clock of 20 November 2026.
 */
public final class TradeFixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private final EssaimTestKit essaim;

    public TradeFixture(EssaimTestKit essaim) {
        this.essaim = essaim;
    }

    public static EssaimTestKit kit() {
        return EssaimTestKit.withPlugins(Path.of("target/test-plugins/essaim-country-fr.jar"),
                Path.of("target/classes")).withDemo();
    }

    public TradeGroups services() {
        return TradeGroups.of(essaim.modules().context("trade-groups").orElseThrow(), clock(TODAY));
    }

    public static Clock clock(LocalDate day) {
        ZoneId paris = ZoneId.of("Europe/Paris");
        return Clock.fixed(day.atTime(12, 0).atZone(paris).toInstant(), paris);
    }

    public UserContext admin() {
        return essaim.demoUser("admin");
    }

    public UserContext adviser() {
        return essaim.demoUser("conseil");
    }

    public UserContext accountant() {
        return essaim.demoUser("compta");
    }

    public UserContext jeanne() {
        return essaim.demoUser("jeanne");
    }

    /** The demo member of that family name. */
    public Person person(String family) {
        return essaim.service(People.class).list(admin(), PersonQuery.all(0, 500)).items().stream()
                .filter(p -> family.equals(p.details().familyName())).findFirst().orElseThrow();
    }

    public long member(String family) {
        return person(family).id();
    }

    /**
     * The member's login (password {@code essaim-<login>-demo}), made and linked to their file on first use: an
     * entrepreneur.
     */
    public UserContext login(String family) {
        String login = family.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        char[] secret = ("essaim-" + login + "-demo").toCharArray();
        var tried = essaim.kernel().authentication().login(login, secret, "127.0.0.1");
        if (tried.ok()) {
            return tried.user();
        }
        Person p = person(family);
        KernelUserDirectory users = (KernelUserDirectory) essaim.service(UserDirectory.class);
        var account = users.createUser(admin(), login, p.displayName(), login + "@demo.example.org", "fr",
                Set.of(CoreRoles.ENTREPRENEUR), secret);
        PersonDetails d = p.details();
        essaim.service(People.class).update(admin(), p.id(), new PersonDetails(d.kind(), d.givenName(),
                d.familyName(), d.organisation(), d.legalEntity(), d.email(), d.phone(), d.address(), d.birthDate(),
                d.establishmentId(), d.trades(), account.id()));
        return essaim.kernel().authentication().login(login, secret, "127.0.0.1").user();
    }

    public static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }
}
