package coop.essaim.accompaniment.internal.demo;

import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.accompaniment.api.SignUp;
import coop.essaim.accompaniment.api.SignUpStatus;
import coop.essaim.accompaniment.api.Workshop;
import coop.essaim.accompaniment.api.WorkshopKind;
import coop.essaim.accompaniment.api.WorkshopSession;
import coop.essaim.accompaniment.api.WorkshopSessionDraft;
import coop.essaim.accompaniment.internal.Accompaniment;
import coop.essaim.accompaniment.internal.workshop.WorkshopBook;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.PathEntry;
import coop.essaim.api.people.Person;
import coop.essaim.api.security.UserContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One demo session after the other: planned, its people signed up a week before (the ones at the workshop's stage
 * that day; for a monthly meeting the site's members, every status), a few cancellations, then on the day the
 * attendance of the past ones and the minutes of the meetings.
 */
final class DemoSessions {

    private final ModuleContext module;
    private final UserContext admin;
    private final List<Person> members;
    private final Map<Long, List<PathEntry>> paths;
    private final WorkshopBook afterwards;
    private final LocalDateTime demoNow;
    private int signUps;
    private int held;

    DemoSessions(ModuleContext module, UserContext admin, List<Person> members, Map<Long, List<PathEntry>> paths,
                 Clock demoClock) {
        this.module = module;
        this.admin = admin;
        this.members = members;
        this.paths = paths;
        this.afterwards = Accompaniment.of(module, demoClock).workshops();
        this.demoNow = LocalDateTime.now(demoClock);
    }

    void hold(Workshop workshop, LocalDateTime start, Long site) {
        WorkshopSession session = afterwards.plan(admin, new WorkshopSessionDraft(workshop.id(), start, null, null,
                null, null, workshop.kind() == WorkshopKind.MONTHLY_MEETING ? "Tour de table ; nouvelles de la"
                        + " coopérative ; un membre présente son activité ; repas partagé." : null));
        int salt = held++;
        WorkshopBook before = Accompaniment.of(module, WorkshopDemo.at(start.minusDays(7))).workshops();
        List<SignUp> made = new ArrayList<>();
        for (Person p : members) {
            if (!invited(workshop, p, start.toLocalDate(), site)) {
                continue;
            }
            int r = WorkshopDemo.draw(p.displayName(), salt);
            if (r < (workshop.kind() == WorkshopKind.MONTHLY_MEETING ? 10 : 15)) {
                made.add(before.signUp(admin, session.id(), p.id()));
                signUps++;
            }
        }
        // about one in twelve cancels beforehand: the first waiting person takes the seat
        for (SignUp s : made) {
            Person p = members.stream().filter(x -> x.id() == s.personId()).findFirst().orElseThrow();
            int c = WorkshopDemo.draw(p.displayName(), salt + 1000);
            if (c == 7 || c == 19) {
                Accompaniment.of(module, WorkshopDemo.at(start.minusDays(2))).workshops().cancel(admin, s.id());
            }
        }
        if (start.isBefore(demoNow)) {
            attendance(session, salt);
        }
    }

    private void attendance(WorkshopSession session, int salt) {
        for (SignUp s : afterwards.signUps(admin, session.id())) {
            if (s.status() != SignUpStatus.CONFIRMED) {
                continue;
            }
            Person p = members.stream().filter(x -> x.id() == s.personId()).findFirst().orElseThrow();
            afterwards.recordAttendance(admin, s.id(), attendance(p, WorkshopDemo.draw(p.displayName(), salt + 500)));
        }
        if (session.kind() == WorkshopKind.MONTHLY_MEETING) {
            afterwards.describe(admin, session.id(), session.agenda(), "Présentation d'une activité par un membre ;"
                    + " questions sur le prochain conseil d'administration ; idées d'ateliers pour le trimestre.");
        }
    }

    /**
     * About one in eight absent, half of them excused; the no-show misses one in three, mostly without notice. The
     * member who logs in to the demo (Jeanne Martin) always warns, so her own sign-ups are not held back by the
     * no-show rule.
     */
    private static Attendance attendance(Person p, int r) {
        if (p.details().userId() != null && r < 3) {
            return Attendance.EXCUSED;
        }
        boolean noShow = p.details().givenName().equals(AccompanimentDemo.NO_SHOW_GIVEN)
                && p.details().familyName().equals(AccompanimentDemo.NO_SHOW_FAMILY);
        if (noShow) {
            return r < 6 ? Attendance.ABSENT : r < 8 ? Attendance.EXCUSED : Attendance.PRESENT;
        }
        return r < 2 ? Attendance.ABSENT : r < 3 ? Attendance.EXCUSED : Attendance.PRESENT;
    }

    /** At the workshop's stage that day (a meeting: a member of its site who has arrived and not left). */
    private boolean invited(Workshop workshop, Person p, LocalDate day, Long site) {
        String status = statusOn(paths.getOrDefault(p.id(), List.of()), day);
        if (status == null || status.equals("exit")) {
            return false;
        }
        if (site != null && workshop.kind() == WorkshopKind.MONTHLY_MEETING) {
            return p.details().establishmentId() == site;
        }
        return workshop.audience() == null || workshop.audience().equals(status);
    }

    private static String statusOn(List<PathEntry> path, LocalDate day) {
        String status = null;
        for (PathEntry e : path) {
            if (!e.date().isAfter(day)) {
                status = e.statusCode();
            }
        }
        return status;
    }

    int signUps() {
        return signUps;
    }
}
