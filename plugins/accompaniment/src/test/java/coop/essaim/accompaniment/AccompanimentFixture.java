package coop.essaim.accompaniment;

import coop.essaim.accompaniment.api.AppointmentDraft;
import coop.essaim.accompaniment.api.AppointmentMode;
import coop.essaim.accompaniment.api.Workshop;
import coop.essaim.accompaniment.api.WorkshopDraft;
import coop.essaim.accompaniment.api.WorkshopKind;
import coop.essaim.accompaniment.api.WorkshopSession;
import coop.essaim.accompaniment.api.WorkshopSessionDraft;
import coop.essaim.accompaniment.internal.Accompaniment;
import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.EssaimTestKit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The demo cooperative (French) on the real core with country-fr and this plugin: its advisers {@code conseil}
 * (Karim Benali, referent of the Lyon site's members, Jeanne Martin among them) and {@code nadia} (Nadia Haddad,
 * Villeurbanne: Antoine Faure, Olivier Brun), its accountant {@code compta} and Jeanne. The tests' clock stands
 * on {@link #NOW}, after the demo's year of appointments, so what a test schedules is the latest.
 */
public final class AccompanimentFixture {

    /** Monday 15 March 2027, 11:00 in Lyon. */
    public static final Instant NOW = Instant.parse("2027-03-15T10:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Paris"));

    private final EssaimTestKit essaim;

    public AccompanimentFixture(EssaimTestKit essaim) {
        this.essaim = essaim;
    }

    public static EssaimTestKit kit() {
        return EssaimTestKit.withPlugins(Path.of("target/test-plugins/essaim-country-fr.jar"),
                Path.of("target/classes")).withDemo();
    }

    public Accompaniment accompaniment() {
        return accompaniment(CLOCK);
    }

    /** The services as they stand at another moment: to sign up before a session that the tests' now has passed. */
    public Accompaniment accompaniment(Clock clock) {
        return Accompaniment.of(essaim.modules().context("accompaniment").orElseThrow(), clock);
    }

    public static Clock at(LocalDateTime wallClock) {
        ZoneId paris = ZoneId.of("Europe/Paris");
        return Clock.fixed(wallClock.atZone(paris).toInstant(), paris);
    }

    public UserContext admin() {
        return essaim.demoUser("admin");
    }

    /** The demo cooperative's members, by family name: enough people to fill a session several times. */
    public List<Person> members() {
        return essaim.service(People.class).list(admin(), PersonQuery.all(0, 500).withKind(PersonKind.MEMBER))
                .items().stream().filter(p -> p.details().email() != null)
                .sorted(java.util.Comparator.comparing(p -> p.displayName())).toList();
    }

    /** A workshop of the catalogue at the Lyon site, for everyone, run by Karim Benali. */
    public Workshop workshop(String title, int capacity) {
        return accompaniment().workshops().create(admin(), new WorkshopDraft(WorkshopKind.WORKSHOP, title,
                "Pour passer de l'intention à l'action", null, 180, capacity, false, site("Lyon"),
                List.of(adviser().userId()), true));
    }

    /** A session of the workshop at that wall-clock time. */
    public WorkshopSession session(Workshop workshop, LocalDateTime start) {
        return accompaniment().workshops().plan(admin(), new WorkshopSessionDraft(workshop.id(), start, null, null,
                null, null, null));
    }

    public UserContext adviser() {
        return essaim.demoUser("conseil");
    }

    public UserContext nadia() {
        return essaim.demoUser("nadia");
    }

    public UserContext jeanne() {
        return essaim.demoUser("jeanne");
    }

    public UserContext accountant() {
        return essaim.demoUser("compta");
    }

    public Person person(String given, String family) {
        return essaim.service(People.class).list(essaim.demoUser("admin"), PersonQuery.all(0, 500).withSearch(family))
                .items().stream().filter(p -> p.details().givenName().equals(given)).findFirst().orElseThrow();
    }

    public Person jeannePerson() {
        return person("Jeanne", "Martin");
    }

    public long site(String name) {
        return essaim.service(People.class).establishments(adviser()).stream().filter(e -> e.name().startsWith(name))
                .map(Establishment::id).findFirst().orElseThrow();
    }

    /** One hour at the Lyon site with Karim Benali. */
    public AppointmentDraft onSite(long personId, LocalDateTime start) {
        return new AppointmentDraft(personId, start, 60, AppointmentMode.ON_SITE, site("Lyon"),
                List.of(adviser().userId()), List.of("prix"), null, null, null);
    }
}
