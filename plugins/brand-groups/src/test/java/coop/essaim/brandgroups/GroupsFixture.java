package coop.essaim.brandgroups;

import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.user.UserDirectory;
import coop.essaim.brandgroups.internal.BrandGroups;
import coop.essaim.kernel.user.KernelUserDirectory;
import coop.essaim.testkit.EssaimTestKit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo cooperative (French) on the real core with country-fr and this plugin: its administrator, adviser,
 * accountant, Jeanne (an entrepreneur in no group), and the demo's brand-group activity "Collectif graphique"
 * (Élise Barbier and Thomas Rey founded it, Pauline Caron joined later). Members get a login on demand. The
 * services run on a clock of 20 November 2026, so the months of 2026 before it can be split.
 */
public final class GroupsFixture {

    public static final String GROUP_ACTIVITY = "Collectif graphique";
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final AtomicInteger ACTIVITIES = new AtomicInteger();

    private final EssaimTestKit essaim;

    public GroupsFixture(EssaimTestKit essaim) {
        this.essaim = essaim;
    }

    public static EssaimTestKit kit() {
        return EssaimTestKit.withPlugins(Path.of("target/test-plugins/essaim-country-fr.jar"),
                Path.of("target/classes")).withDemo();
    }

    public BrandGroups services() {
        return BrandGroups.of(essaim.modules().context("brand-groups").orElseThrow(), clock(TODAY));
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

    public Activity groupActivity() {
        return essaim.service(Activities.class).list(admin(), null, null).stream()
                .filter(a -> a.name().equals(GROUP_ACTIVITY)).findFirst().orElseThrow();
    }

    /** The person id of the demo group's member of that family name. */
    public long member(String family) {
        return groupActivity().members().stream().map(m -> person(m.personId()))
                .filter(p -> p.details().familyName().equals(family)).findFirst().orElseThrow().id();
    }

    public Person person(long id) {
        return essaim.service(People.class).find(admin(), id).orElseThrow();
    }

    /**
     * The member's login (password {@code essaim-<login>-demo}, like the demo users'), made and linked to their file
     * on first use: an entrepreneur who reaches the group's activity.
     */
    public UserContext login(String family) {
        String login = family.toLowerCase(Locale.ROOT);
        char[] secret = ("essaim-" + login + "-demo").toCharArray();
        var tried = essaim.kernel().authentication().login(login, secret, "127.0.0.1");
        if (tried.ok()) {
            return tried.user();
        }
        Person p = person(member(family));
        KernelUserDirectory users = (KernelUserDirectory) essaim.service(UserDirectory.class);
        var account = users.createUser(admin(), login, p.displayName(), login + "@demo.example.org", "fr",
                Set.of(CoreRoles.ENTREPRENEUR), secret);
        PersonDetails d = p.details();
        essaim.service(People.class).update(admin(), p.id(), new PersonDetails(d.kind(), d.givenName(),
                d.familyName(), d.organisation(), d.legalEntity(), d.email(), d.phone(), d.address(), d.birthDate(),
                d.establishmentId(), d.trades(), account.id()));
        return essaim.kernel().authentication().login(login, secret, "127.0.0.1").user();
    }

    /** A new activity of the three demo group members, all joining on {@code start}. */
    public Activity newActivity(String name, LocalDate start) {
        List<Long> members = List.of(member("Barbier"), member("Rey"), member("Caron"));
        return essaim.service(Activities.class).create(admin(), new ActivityDetails(name, name + " (marque)",
                "graphisme", start, "BG-T" + ACTIVITIES.incrementAndGet(), members));
    }

    /** An invoice of {@code exclVat} (cents, excl. VAT) to the activity on {@code day}, French VAT at 20 %. */
    public void invoice(long activity, LocalDate day, long exclVat) {
        long vat = exclVat / 5;
        String piece = "BG-" + activity + "-" + day;
        essaim.service(Ledger.class).post(accountant(), new EntryDraft(accountant().cooperativeId(), JournalCode.SALES,
                day, piece, day, "Facture " + piece, List.of(PostingLine.debit("411000", activity, eur(exclVat + vat)),
                PostingLine.credit("706000", activity, eur(exclVat)), PostingLine.credit("445710", activity, eur(vat))),
                "brand-groups:test:" + piece));
    }

    public static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }
}
