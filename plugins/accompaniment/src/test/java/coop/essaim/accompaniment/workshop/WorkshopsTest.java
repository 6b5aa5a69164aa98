package coop.essaim.accompaniment.workshop;

import coop.essaim.accompaniment.AccompanimentFixture;
import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.accompaniment.api.AttendanceRecord;
import coop.essaim.accompaniment.api.SignUp;
import coop.essaim.accompaniment.api.SignUpStatus;
import coop.essaim.accompaniment.api.Workshop;
import coop.essaim.accompaniment.api.WorkshopDraft;
import coop.essaim.accompaniment.api.WorkshopKind;
import coop.essaim.accompaniment.api.WorkshopSession;
import coop.essaim.accompaniment.api.WorkshopSessionDraft;
import coop.essaim.accompaniment.internal.AccompanimentSettings;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue, sessions, sign-ups, waiting list, attendance and no-show rule through the service. */
class WorkshopsTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AccompanimentFixture.kit();

    private final AccompanimentFixture fixture = new AccompanimentFixture(essaim);

    private coop.essaim.accompaniment.internal.workshop.WorkshopBook workshops() {
        return fixture.accompaniment().workshops();
    }

    @Test
    void aDraftIsRefusedWithEveryMistakeNamedByField() {
        ValidationException refused = assertThrows(ValidationException.class, () -> workshops().create(
                fixture.admin(), new WorkshopDraft(WorkshopKind.WORKSHOP, " ", null, "astronaut", 5, 0, false, null,
                        List.of(), true)));
        Map<String, String> byField = refused.errors().stream().collect(Collectors.toMap(
                ValidationException.FieldError::field, ValidationException.FieldError::message));
        assertEquals("Obligatoire.", byField.get("title"));
        assertEquals("Ce n'est pas une étape du parcours en vigueur.", byField.get("audience"));
        assertEquals("Une durée de 15 à 600 minutes est attendue.", byField.get("durationMinutes"));
        assertEquals("Une capacité de 1 à 500 places est attendue.", byField.get("capacity"));
        assertTrue(byField.containsKey("establishmentId"));
        assertTrue(byField.containsKey("trainerUserIds"));
        assertThrows(AccessDeniedException.class, () -> workshops().create(fixture.jeanne(),
                new WorkshopDraft(WorkshopKind.WORKSHOP, "Prix", null, null, 60, 10, true, null,
                        List.of(fixture.jeanne().userId()), true)));
    }

    @Test
    void aMemberRunsAWorkshopAndJeanneSignsUpThenCancels() {
        Workshop prices = workshops().create(fixture.admin(), new WorkshopDraft(WorkshopKind.WORKSHOP,
                "Prix de revient et facturation", "Calculer son prix", null, 120, 8, true, null,
                List.of(fixture.jeanne().userId()), true));
        assertEquals(List.of(fixture.jeanne().userId()), prices.trainerUserIds());
        WorkshopSession session = fixture.session(prices, LocalDateTime.of(2027, 4, 6, 14, 0));
        assertTrue(session.online());
        assertEquals(8, session.seatsLeft());

        long jeanne = fixture.jeannePerson().id();
        SignUp mine = workshops().signUp(fixture.jeanne(), session.id(), jeanne);
        assertEquals(SignUpStatus.CONFIRMED, mine.status());
        assertEquals(7, workshops().session(fixture.jeanne(), session.id()).orElseThrow().seatsLeft());
        ValidationException twice = assertThrows(ValidationException.class, () -> workshops().signUp(
                fixture.jeanne(), session.id(), jeanne));
        assertEquals("personId", twice.errors().get(0).field());

        assertEquals(SignUpStatus.CANCELLED, workshops().cancel(fixture.jeanne(), mine.id()).status());
        assertEquals(8, workshops().session(fixture.jeanne(), session.id()).orElseThrow().seatsLeft());
        SignUp again = workshops().signUp(fixture.jeanne(), session.id(), jeanne);
        assertEquals(mine.id(), again.id());
        assertEquals(SignUpStatus.CONFIRMED, again.status());
        assertTrue(workshops().own(fixture.jeanne()).stream().anyMatch(s -> s.id() == again.id()));
    }

    @Test
    void aWorkshopForAnotherStageIsSignedUpByTheAdviserOnly() {
        Workshop start = workshops().create(fixture.admin(), new WorkshopDraft(WorkshopKind.WORKSHOP,
                "De l'intention à l'action", null, "support-agreement", 180, 12, false, fixture.site("Lyon"),
                List.of(fixture.adviser().userId()), true));
        WorkshopSession session = fixture.session(start, LocalDateTime.of(2027, 4, 7, 9, 30));
        long jeanne = fixture.jeannePerson().id();   // salaried, not under a support agreement
        ValidationException refused = assertThrows(ValidationException.class, () -> workshops().signUp(
                fixture.jeanne(), session.id(), jeanne));
        assertEquals("sessionId", refused.errors().get(0).field());
        SignUp byKarim = workshops().signUp(fixture.adviser(), session.id(), jeanne);
        assertEquals(SignUpStatus.CONFIRMED, byKarim.status());
        assertTrue(byKarim.byAdviser());
    }

    @Test
    void aSessionThatHasStartedIsClosedToSignUpsAndTakesAttendance() {
        Workshop marketing = fixture.workshop("Marketing", 10);
        LocalDateTime start = LocalDateTime.of(2027, 3, 15, 9, 0);   // two hours before the tests' now
        WorkshopSession session = fixture.session(marketing, start);
        long jeanne = fixture.jeannePerson().id();
        SignUp early = fixture.accompaniment(AccompanimentFixture.at(start.minusDays(3))).workshops()
                .signUp(fixture.jeanne(), session.id(), jeanne);
        AttendanceRecord before = workshops().attendance(fixture.jeanne(), jeanne);

        ValidationException closed = assertThrows(ValidationException.class, () -> workshops().signUp(
                fixture.nadia(), session.id(), fixture.person("Antoine", "Faure").id()));
        assertEquals("sessionId", closed.errors().get(0).field());
        assertEquals("La session a commencé : les inscriptions et annulations sont closes.",
                closed.errors().get(0).message());
        assertThrows(ValidationException.class, () -> workshops().cancel(fixture.jeanne(), early.id()));
        assertThrows(AccessDeniedException.class, () -> workshops().recordAttendance(fixture.jeanne(), early.id(),
                Attendance.PRESENT));
        ValidationException ahead = assertThrows(ValidationException.class, () -> fixture.accompaniment(
                AccompanimentFixture.at(start.minusHours(1))).workshops().recordAttendance(fixture.adviser(),
                early.id(), Attendance.PRESENT));
        assertEquals("attendance", ahead.errors().get(0).field());

        assertEquals(Attendance.PRESENT, workshops().recordAttendance(fixture.adviser(), early.id(),
                Attendance.PRESENT).attendance());
        AttendanceRecord after = workshops().attendance(fixture.jeanne(), jeanne);
        assertEquals(before.present() + 1, after.present());
        assertEquals(before.absent(), after.absent());
    }

    @Test
    void afterTwoAbsencesWithoutNoticeOnesOwnSignUpWaitsForAnAdviser() {
        UserContext karim = fixture.adviser();
        UserContext jeanne = fixture.jeanne();
        long person = fixture.jeannePerson().id();
        Workshop communication = fixture.workshop("Outils de communication", 10);
        int already = workshops().absences(fixture.admin(), person);
        essaim.service(CooperativeSettings.class).change(fixture.admin(), AccompanimentSettings.NO_SHOW_LIMIT,
                String.valueOf(already + 2));
        List<SignUp> missed = new ArrayList<>();
        try {
            for (int week = 1; week <= 3; week++) {
                LocalDateTime start = LocalDateTime.of(2027, 2, 1, 14, 0).plusWeeks(week);
                WorkshopSession past = fixture.session(communication, start);
                SignUp s = fixture.accompaniment(AccompanimentFixture.at(start.minusDays(2))).workshops()
                        .signUp(jeanne, past.id(), person);
                // one excused absence does not count, two without notice do
                workshops().recordAttendance(karim, s.id(), week == 2 ? Attendance.EXCUSED : Attendance.ABSENT);
                missed.add(s);
                if (week == 2) {
                    WorkshopSession between = fixture.session(communication, start.plusDays(3));
                    assertEquals(SignUpStatus.CONFIRMED, fixture.accompaniment(AccompanimentFixture.at(start))
                            .workshops().signUp(jeanne, between.id(), person).status(), "one absence only");
                }
            }
            assertEquals(already + 2, workshops().absences(fixture.admin(), person));
            WorkshopSession next = fixture.session(communication, LocalDateTime.of(2027, 4, 12, 14, 0));
            SignUp pending = workshops().signUp(jeanne, next.id(), person);
            assertEquals(SignUpStatus.PENDING, pending.status());
            assertEquals(0, workshops().session(jeanne, next.id()).orElseThrow().confirmed(),
                    "a pending sign-up holds no seat");
            assertThrows(AccessDeniedException.class, () -> workshops().confirm(jeanne, pending.id()));
            assertEquals(SignUpStatus.CONFIRMED, workshops().confirm(karim, pending.id()).status());
            // an adviser's sign-up is not held back
            WorkshopSession later = fixture.session(communication, LocalDateTime.of(2027, 4, 19, 14, 0));
            assertEquals(SignUpStatus.CONFIRMED, workshops().signUp(karim, later.id(), person).status());
        } finally {
            // the other tests sign Jeanne up herself: she leaves this one without her absences
            missed.forEach(s -> workshops().recordAttendance(karim, s.id(), Attendance.EXCUSED));
            essaim.service(CooperativeSettings.class).change(fixture.admin(), AccompanimentSettings.NO_SHOW_LIMIT,
                    String.valueOf(AccompanimentSettings.DEFAULT_NO_SHOW_LIMIT));
        }
    }

    @Test
    void aMonthlyMeetingIsOpenToEveryStatusWithAnAgendaThenItsMinutes() {
        Workshop meeting = workshops().create(fixture.admin(), new WorkshopDraft(WorkshopKind.MONTHLY_MEETING,
                "Mensuelle d'avril", "Nouvelles, débats, repas partagé", "support-agreement", 150, 40, false,
                fixture.site("Lyon"), List.of(fixture.adviser().userId()), true));
        assertEquals(null, meeting.audience(), "open to all statuses");
        LocalDateTime start = LocalDateTime.of(2027, 3, 4, 18, 30);
        WorkshopSession session = workshops().plan(fixture.admin(), new WorkshopSessionDraft(meeting.id(), start,
                null, null, null, null, "Tour de table ; Jeanne présente son activité"));
        SignUp jeannes = fixture.accompaniment(AccompanimentFixture.at(start.minusDays(5))).workshops()
                .signUp(fixture.jeanne(), session.id(), fixture.jeannePerson().id());
        assertEquals(SignUpStatus.CONFIRMED, jeannes.status(), "a salaried member joins a meeting herself");

        ValidationException early = assertThrows(ValidationException.class, () -> fixture.accompaniment(
                AccompanimentFixture.at(start.minusDays(1))).workshops().describe(fixture.adviser(), session.id(),
                session.agenda(), "Compte rendu"));
        assertEquals("minutes", early.errors().get(0).field());
        WorkshopSession written = workshops().describe(fixture.adviser(), session.id(), session.agenda(),
                "Jeanne a présenté son atelier de couture ; prochaine mensuelle le 1er avril.");
        assertEquals(WorkshopKind.MONTHLY_MEETING, written.kind());
        assertEquals("Tour de table ; Jeanne présente son activité", workshops().session(fixture.jeanne(),
                session.id()).orElseThrow().agenda());
        assertTrue(workshops().session(fixture.jeanne(), session.id()).orElseThrow().minutes()
                .startsWith("Jeanne a présenté"));
        assertThrows(AccessDeniedException.class, () -> workshops().describe(fixture.jeanne(), session.id(),
                "Mon ordre du jour", null));
        assertEquals(Attendance.PRESENT, workshops().recordAttendance(fixture.adviser(), jeannes.id(),
                Attendance.PRESENT).attendance());
    }

    @Test
    void anotherPersonsSignUpsAndAttendanceAreInvisibleToJeanne() {
        Workshop stock = fixture.workshop("Gestion des stocks", 10);
        WorkshopSession session = fixture.session(stock, LocalDateTime.of(2027, 5, 3, 9, 0));
        long antoine = fixture.person("Antoine", "Faure").id();
        SignUp his = workshops().signUp(fixture.nadia(), session.id(), antoine);
        UserContext jeanne = fixture.jeanne();

        assertThrows(AccessDeniedException.class, () -> workshops().signUps(jeanne, session.id()));
        assertTrue(workshops().findSignUp(jeanne, his.id()).isEmpty());
        assertTrue(workshops().ofPerson(jeanne, antoine).isEmpty());
        assertEquals(0, workshops().attendance(jeanne, antoine).recorded());
        assertThrows(ValidationException.class, () -> workshops().signUp(jeanne, session.id(), antoine));
        assertThrows(ValidationException.class, () -> workshops().cancel(jeanne, his.id()));
        // she sees the session and its seats, not who took them
        assertEquals(1, workshops().session(jeanne, session.id()).orElseThrow().confirmed());
        assertEquals(List.of(his.id()), workshops().signUps(fixture.nadia(), session.id()).stream()
                .map(SignUp::id).toList());
    }
}
