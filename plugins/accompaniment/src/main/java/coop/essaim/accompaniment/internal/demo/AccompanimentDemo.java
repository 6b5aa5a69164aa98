package coop.essaim.accompaniment.internal.demo;

import coop.essaim.accompaniment.api.AppointmentMode;
import coop.essaim.accompaniment.api.Appointments;
import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.accompaniment.internal.Accompaniment;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.demo.DemoContext;
import coop.essaim.api.demo.DemoData;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.PathEntry;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.user.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * The demo cooperative's year of appointments, {@link #FIRST_DAY} to {@link #LAST_DAY} (the year before the
 * core's demo reference date, 2 November 2026), for every member with a referent who has not left: each with
 * their referent, on weekdays, more often early in the path (every 4 weeks at reception, 3 with a support
 * agreement, 6 once salaried, 10 as associate), mostly on site, some by phone or video. Realistic absences: about
 * one in eight missed, half of them excused; {@link #NO_SHOW_GIVEN} {@link #NO_SHOW_FAMILY} misses one in three,
 * mostly without notice. Each member then has their next appointment planned in the following weeks. Deterministic:
 * the same names get the same appointments. Each has their objectives for the year, reviewed at their appointments
 * ({@link ObjectivesDemo}). Then the year of workshops and monthly meetings ({@link WorkshopDemo}).
 */
public final class AccompanimentDemo implements DemoData {

    public static final LocalDate FIRST_DAY = LocalDate.of(2025, 11, 3);
    public static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 30);
    /** Someone who often does not come: the pain the cooperatives name. */
    public static final String NO_SHOW_GIVEN = "Manon";
    public static final String NO_SHOW_FAMILY = "Guérin";
    static final LocalTime[] SLOTS = {LocalTime.of(9, 0), LocalTime.of(10, 30), LocalTime.of(14, 0),
            LocalTime.of(16, 0)};
    private static final Clock DEMO_CLOCK = Clock.fixed(LocalDate.of(2026, 11, 2).atTime(18, 0)
            .atZone(ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris"));
    private static final Logger LOG = LoggerFactory.getLogger(AccompanimentDemo.class);

    private final ModuleContext module;

    public AccompanimentDemo(ModuleContext module) {
        this.module = module;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void load(DemoContext context) {
        UserContext admin = context.actingAs(CoreRoles.ADMINISTRATOR);
        People people = module.service(People.class);
        UserDirectory users = module.service(UserDirectory.class);
        PathModel model = people.pathModel(admin);
        Accompaniment accompaniment = Accompaniment.of(module, DEMO_CLOCK);
        Appointments appointments = accompaniment.appointments();
        ObjectivesDemo objectives = new ObjectivesDemo(accompaniment, Currency.getInstance(module
                .service(CooperativeDirectory.class).find(admin.cooperativeId()).orElseThrow().currency()));
        List<Person> members = people.list(admin, PersonQuery.all(0, 500).withKind(PersonKind.MEMBER)).items();
        int count = 0;
        int set = 0;
        for (Person p : members) {
            if (p.referentUserId() == null || p.statusCode() == null
                    || model.status(p.statusCode()).map(s -> s.exit()).orElse(true)) {
                continue;
            }
            UserContext referent = users.contextOf(p.referentUserId());
            List<PathEntry> path = people.path(admin, p.id()).map(x -> x.entries()).orElse(List.of());
            if (path.isEmpty()) {
                continue;
            }
            count += year(appointments, referent, p, path);
            set += objectives.load(referent, p, stage(path, LAST_DAY));
        }
        LOG.info("accompaniment demo: {} appointments and {} objectives for {} members", count, set, members.size());
        List<UserContext> advisers = members.stream().map(Person::referentUserId).filter(id -> id != null).distinct()
                .sorted().map(users::contextOf).toList();
        UserContext first = advisers.isEmpty() ? context.actingAs(CoreRoles.ADVISER) : advisers.get(0);
        UserContext second = advisers.size() > 1 ? advisers.get(1) : first;
        int signUps = new WorkshopDemo(module, people).load(admin, first, second, members, DEMO_CLOCK);
        LOG.info("accompaniment demo: {} workshop sign-ups", signUps);
    }

    private static int year(Appointments appointments, UserContext referent, Person p, List<PathEntry> path) {
        DemoPattern pattern = new DemoPattern(p.displayName(),
                p.details().givenName().equals(NO_SHOW_GIVEN) && p.details().familyName().equals(NO_SHOW_FAMILY));
        LocalDate first = path.get(0).date().plusWeeks(2);
        LocalDate day = weekday(first.isBefore(FIRST_DAY) ? FIRST_DAY.plusDays(pattern.offsetDays()) : first);
        int i = 0;
        while (!day.isAfter(LAST_DAY)) {
            int stage = stage(path, day);
            long id = appointments.schedule(referent, pattern.draft(p, referent, day, stage, i)).id();
            Attendance attendance = pattern.attendance(i);
            if (attendance != Attendance.EXPECTED) {
                appointments.recordAttendance(referent, id, attendance);
            }
            // a missed appointment is set again the next week
            day = weekday(day.plusWeeks(attendance == Attendance.PRESENT ? cadenceWeeks(stage) : 1));
            i++;
        }
        appointments.schedule(referent, pattern.draft(p, referent, weekday(LocalDate.of(2026, 11, 9)
                .plusDays(pattern.offsetDays() * 2L)), stage(path, LAST_DAY), i));
        return i + 1;
    }

    /** How many steps of the path (exit aside) were taken by {@code day}: 1 reception, 2 support, 3 salaried... */
    static int stage(List<PathEntry> path, LocalDate day) {
        return (int) path.stream().filter(e -> !e.date().isAfter(day)).count();
    }

    static int cadenceWeeks(int stage) {
        return switch (stage) {
            case 0, 1 -> 4;
            case 2 -> 3;
            case 3 -> 6;
            default -> 10;
        };
    }

    static LocalDate weekday(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return day.plusDays(2);
        }
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }

    /** Mostly on site; every third by phone, every fifth by video. */
    static AppointmentMode mode(int i) {
        return i % 5 == 4 ? AppointmentMode.VIDEO : i % 3 == 2 ? AppointmentMode.PHONE : AppointmentMode.ON_SITE;
    }

    static LocalDateTime at(LocalDate day, int i, int seed) {
        return day.atTime(SLOTS[Math.floorMod(seed + i, SLOTS.length)]);
    }
}
