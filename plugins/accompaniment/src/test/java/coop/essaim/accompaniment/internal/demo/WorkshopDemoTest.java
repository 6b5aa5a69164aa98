package coop.essaim.accompaniment.internal.demo;

import coop.essaim.accompaniment.AccompanimentFixture;
import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.accompaniment.api.AttendanceRecord;
import coop.essaim.accompaniment.api.SignUp;
import coop.essaim.accompaniment.api.SignUpStatus;
import coop.essaim.accompaniment.api.Workshop;
import coop.essaim.accompaniment.api.WorkshopKind;
import coop.essaim.accompaniment.api.WorkshopSession;
import coop.essaim.accompaniment.internal.workshop.WorkshopBook;
import coop.essaim.api.people.Person;
import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo cooperative's catalogue and year of workshop sessions, as the demo administrator reads them. */
class WorkshopDemoTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AccompanimentFixture.kit();

    private final AccompanimentFixture fixture = new AccompanimentFixture(essaim);

    private WorkshopBook workshops() {
        return fixture.accompaniment().workshops();
    }

    @Test
    void theCatalogueOfTheIssueWithAMemberAsTrainerAndAMeetingPerSite() {
        List<Workshop> catalogue = workshops().catalogue(fixture.admin(), false);
        List<String> titles = catalogue.stream().map(Workshop::title).toList();
        assertTrue(titles.containsAll(List.of("Gestion de projet", "Marketing", "Outils de communication",
                "Démarche commerciale", "Coût de revient et facturation", "De l'intention à l'action",
                "Gestion des stocks", "Comptabilité", "Efficacité commerciale", "Culture coopérative")),
                titles.toString());
        assertEquals(2, catalogue.stream().filter(w -> w.kind() == WorkshopKind.MONTHLY_MEETING).count());
        assertTrue(catalogue.stream().anyMatch(w -> w.trainerUserIds().contains(fixture.jeanne().userId())),
                "a member runs a workshop");
        assertTrue(catalogue.stream().filter(w -> w.kind() == WorkshopKind.MONTHLY_MEETING)
                .allMatch(w -> w.audience() == null));
    }

    @Test
    void aYearOfSessionsWithRealisticAbsencesAndSessionsOpenAhead() {
        UserContext admin = fixture.admin();
        List<WorkshopSession> year = workshops().sessions(admin, AccompanimentDemo.FIRST_DAY,
                AccompanimentDemo.LAST_DAY, null);
        assertTrue(year.size() >= 50, "sessions: " + year.size());
        assertTrue(year.stream().allMatch(s -> s.confirmed() <= s.capacity()));
        List<SignUp> held = new ArrayList<>();
        for (WorkshopSession s : year) {
            held.addAll(workshops().signUps(admin, s.id()));
        }
        List<SignUp> confirmed = held.stream().filter(s -> s.status() == SignUpStatus.CONFIRMED).toList();
        assertTrue(confirmed.size() > 200, "confirmed: " + confirmed.size());
        assertTrue(confirmed.stream().noneMatch(s -> s.attendance() == Attendance.EXPECTED), "all recorded");
        double missed = confirmed.stream().filter(s -> s.attendance() != Attendance.PRESENT).count()
                / (double) confirmed.size();
        assertTrue(missed > 0.06 && missed < 0.25, "missed share " + missed);
        assertTrue(held.stream().anyMatch(s -> s.status() == SignUpStatus.CANCELLED));
        assertTrue(year.stream().filter(s -> s.kind() == WorkshopKind.MONTHLY_MEETING)
                .allMatch(s -> s.minutes() != null && s.agenda() != null));

        Person manon = fixture.person(AccompanimentDemo.NO_SHOW_GIVEN, AccompanimentDemo.NO_SHOW_FAMILY);
        AttendanceRecord hers = workshops().attendance(admin, manon.id());
        assertTrue(hers.recorded() > 3 && hers.ratePercent() < 80, hers.toString());

        List<WorkshopSession> ahead = workshops().sessions(admin, LocalDate.of(2026, 11, 3), WorkshopDemo.UPCOMING_END,
                null);
        assertTrue(ahead.size() >= 6, "sessions ahead: " + ahead.size());
        assertTrue(ahead.stream().anyMatch(s -> s.confirmed() > 0));
    }
}
