package coop.essaim.accompaniment.internal.demo;

import coop.essaim.accompaniment.api.Workshop;
import coop.essaim.accompaniment.api.WorkshopDraft;
import coop.essaim.accompaniment.api.WorkshopKind;
import coop.essaim.accompaniment.internal.Accompaniment;
import coop.essaim.accompaniment.internal.workshop.WorkshopBook;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.PathEntry;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.security.UserContext;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo cooperative's workshops: the catalogue of the issue (six start-phase workshops for people under a
 * support agreement, four later ones, one of them run by a member, Jeanne Martin) and a monthly meeting per site;
 * a year of sessions, November 2025 to October 2026 (each start-phase workshop every three months, the later ones
 * every four, the meetings every first Thursday), then the sessions of November and December 2026 open for
 * sign-up. The people who were at the workshop's stage on the day are signed up by the team, a few cancel (the
 * waiting list moves), and about one in eight confirmed misses the session, half of them without notice;
 * {@link AccompanimentDemo#NO_SHOW_GIVEN} {@link AccompanimentDemo#NO_SHOW_FAMILY} misses one in three. Drawn from
 * names, so every demo installation gets the same year.
 */
final class WorkshopDemo {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String START = "support-agreement";
    private static final String LATER = "salaried";
    static final LocalDate UPCOMING_END = LocalDate.of(2026, 12, 31);

    private record Entry(String title, String audience, int minutes, int capacity, boolean online, String text) {
    }

    private static final List<Entry> START_PHASE = List.of(
            new Entry("Gestion de projet", START, 180, 12, false, "Découper son projet en étapes et s'y tenir."),
            new Entry("Marketing", START, 180, 12, false, "Qui sont mes clients, que leur proposer, à quel prix."),
            new Entry("Outils de communication", START, 150, 10, true, "Site, réseaux sociaux, cartes : l'essentiel."),
            new Entry("Démarche commerciale", START, 180, 8, false, "Prospecter, rencontrer, conclure."),
            new Entry("Coût de revient et facturation", START, 180, 12, false,
                    "Calculer son prix de revient, faire un devis et une facture."),
            new Entry("De l'intention à l'action", START, 120, 10, false, "Se fixer trois actions pour le mois."));
    private static final List<Entry> LATER_ONES = List.of(
            new Entry("Gestion des stocks", LATER, 120, 10, false, "Suivre son stock, l'inventaire de fin d'année."),
            new Entry("Comptabilité", LATER, 180, 12, false, "Lire son compte de résultat et sa trésorerie."),
            new Entry("Efficacité commerciale", LATER, 150, 10, false, "Fidéliser, relancer, augmenter ses prix."),
            new Entry("Culture coopérative", null, 120, 20, true, "Le sociétariat, la gouvernance, les décisions."));

    private final ModuleContext module;
    private final People people;

    WorkshopDemo(ModuleContext module, People people) {
        this.module = module;
        this.people = people;
    }

    /** The catalogue, the sessions and their sign-ups; returns the count of sign-ups. */
    int load(UserContext admin, UserContext karim, UserContext nadia, List<Person> members, Clock demoClock) {
        WorkshopBook book = Accompaniment.of(module, demoClock).workshops();
        List<Establishment> sites = people.establishments(admin).stream()
                .sorted(Comparator.comparing(Establishment::id)).toList();
        Long jeanneUser = members.stream().map(p -> p.details().userId()).filter(id -> id != null).findFirst()
                .orElse(karim.userId());
        PathModel model = people.pathModel(admin);
        List<Workshop> start = new ArrayList<>();
        for (int k = 0; k < START_PHASE.size(); k++) {
            long trainer = k == 2 ? jeanneUser : (k % 2 == 0 ? karim : nadia).userId();
            start.add(book.create(admin, draft(START_PHASE.get(k), sites.get(k % sites.size()).id(), trainer, model)));
        }
        List<Workshop> later = new ArrayList<>();
        for (int k = 0; k < LATER_ONES.size(); k++) {
            long trainer = (k % 2 == 0 ? nadia : karim).userId();
            later.add(book.create(admin, draft(LATER_ONES.get(k), sites.get(k % sites.size()).id(), trainer, model)));
        }
        List<Workshop> meetings = new ArrayList<>();
        for (Establishment site : sites) {
            meetings.add(book.create(admin, new WorkshopDraft(WorkshopKind.MONTHLY_MEETING, "Mensuelle – "
                    + site.name(), "Nouvelles de la coopérative, débats, un membre présente son activité, repas"
                    + " partagé.", null, 150, 40, false, site.id(), List.of(karim.userId(), nadia.userId()), true)));
        }
        Map<Long, List<PathEntry>> paths = new HashMap<>();
        for (Person p : members) {
            paths.put(p.id(), people.path(admin, p.id()).map(x -> x.entries()).orElse(List.of()));
        }
        DemoSessions sessions = new DemoSessions(module, admin, members, paths, demoClock);
        LocalDate month = AccompanimentDemo.FIRST_DAY.withDayOfMonth(1);
        int index = 0;
        while (!month.isAfter(UPCOMING_END)) {
            int m = index;
            for (int k = 0; k < start.size(); k++) {
                if ((m + k) % 3 == 0) {
                    sessions.hold(start.get(k), tuesday(month, k).atTime(k % 2 == 0 ? 9 : 14, 0), null);
                }
            }
            for (int k = 0; k < later.size(); k++) {
                if ((m + k) % 4 == 1) {
                    sessions.hold(later.get(k), tuesday(month, k + 1).atTime(14, 0), null);
                }
            }
            for (Workshop meeting : meetings) {
                sessions.hold(meeting, month.with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY))
                        .atTime(LocalTime.of(18, 30)), meeting.establishmentId());
            }
            month = month.plusMonths(1);
            index++;
        }
        return sessions.signUps();
    }

    /** For everyone when the path model in force has no such stage (the core's codes are shared by all of them). */
    private static WorkshopDraft draft(Entry e, long site, long trainer, PathModel model) {
        String audience = e.audience() != null && model.status(e.audience()).isPresent() ? e.audience() : null;
        return new WorkshopDraft(WorkshopKind.WORKSHOP, e.title(), e.text(), audience, e.minutes(), e.capacity(),
                e.online(), e.online() ? null : site, List.of(trainer), true);
    }

    /** The k-th Tuesday of the month (first to fourth). */
    private static LocalDate tuesday(LocalDate month, int k) {
        return month.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)).plusWeeks(k % 4);
    }

    static Clock at(LocalDateTime wallClock) {
        return Clock.fixed(wallClock.atZone(PARIS).toInstant(), PARIS);
    }

    /** 0 to 23, drawn from a name and a salt: the same on every installation. */
    static int draw(String name, long salt) {
        long h = name.hashCode() * 0x9E3779B97F4A7C15L + salt * 0xBF58476D1CE4E5B9L;
        h ^= h >>> 31;
        h *= 0x94D049BB133111EBL;
        h ^= h >>> 29;
        return (int) Math.floorMod(h, 24L);
    }
}
