package coop.essaim.accompaniment.internal.demo;

import coop.essaim.accompaniment.AccompanimentFixture;
import coop.essaim.accompaniment.api.Appointment;
import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo cooperative's year of appointments, as the demo administrator and Jeanne read it. */
class AccompanimentDemoTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AccompanimentFixture.kit();

    private final AccompanimentFixture fixture = new AccompanimentFixture(essaim);

    private List<Appointment> all(UserContext admin) {
        List<Appointment> out = new ArrayList<>();
        for (Person p : essaim.service(People.class).list(admin, PersonQuery.all(0, 500).withKind(PersonKind.MEMBER))
                .items()) {
            out.addAll(fixture.accompaniment().appointments().ofPerson(admin, p.id()));
        }
        return out;
    }

    private static double missedShare(List<Appointment> appointments) {
        List<Appointment> recorded = appointments.stream().filter(a -> a.attendance() != Attendance.EXPECTED).toList();
        return recorded.stream().filter(a -> a.attendance() != Attendance.PRESENT).count() / (double) recorded.size();
    }

    @Test
    void aYearOfWeekdayAppointmentsWithRealisticAbsences() {
        List<Appointment> all = all(essaim.demoUser("admin"));
        assertTrue(all.size() > 200, "appointments: " + all.size());
        assertTrue(all.stream().noneMatch(a -> a.start().getDayOfWeek() == DayOfWeek.SATURDAY
                || a.start().getDayOfWeek() == DayOfWeek.SUNDAY));
        assertTrue(all.stream().allMatch(a -> !a.start().toLocalDate().isBefore(AccompanimentDemo.FIRST_DAY)));
        double missed = missedShare(all);
        assertTrue(missed > 0.06 && missed < 0.25, "missed share " + missed);
        assertTrue(all.stream().anyMatch(a -> a.attendance() == Attendance.EXCUSED));
        assertTrue(all.stream().anyMatch(a -> a.attendance() == Attendance.ABSENT));

        long manon = fixture.person(AccompanimentDemo.NO_SHOW_GIVEN, AccompanimentDemo.NO_SHOW_FAMILY).id();
        double hers = missedShare(all.stream().filter(a -> a.personId() == manon).toList());
        assertTrue(hers > 0.2 && hers > missed, "Manon misses " + hers + ", everyone " + missed);
    }

    @Test
    void jeanneHasHerYearWithHerReferentAndTheNextOnePlannedWithoutAnyPrivateNote() {
        List<Appointment> own = fixture.accompaniment().appointments().own(fixture.jeanne());
        assertTrue(own.size() >= 8, "Jeanne's appointments: " + own.size());
        long karim = fixture.adviser().userId();
        assertTrue(own.stream().allMatch(a -> a.adviserUserIds().equals(List.of(karim))));
        own.forEach(a -> assertNull(a.privateNotes()));
        Appointment next = own.get(own.size() - 1);
        assertTrue(next.start().toLocalDate().isAfter(LocalDate.of(2026, 11, 2)), next.start().toString());
        assertEquals(Attendance.EXPECTED, next.attendance());
        assertFalse(fixture.accompaniment().appointments().ofPerson(fixture.adviser(), fixture.jeannePerson().id())
                .stream().allMatch(a -> a.privateNotes() == null), "her adviser reads the private notes");
    }

    @Test
    void everyFollowedMemberHasTheirObjectivesReviewedAtTheirAppointments() {
        var hers = fixture.accompaniment().objectives().ofPerson(fixture.jeanne(), fixture.jeannePerson().id());
        assertEquals(List.of(coop.essaim.accompaniment.api.ObjectiveKind.TRAINING,
                        coop.essaim.accompaniment.api.ObjectiveKind.SKILL, coop.essaim.accompaniment.api.ObjectiveKind.TURNOVER),
                hers.stream().map(o -> o.kind()).toList(), "due first, first");
        var turnover = hers.get(2);
        assertEquals(2, turnover.reviews().size());
        assertEquals(coop.essaim.accompaniment.api.ObjectiveStatus.ON_TRACK, turnover.status());
        var held = fixture.accompaniment().appointments().own(fixture.jeanne()).stream()
                .map(Appointment::id).toList();
        assertTrue(turnover.reviews().stream().allMatch(r -> held.contains(r.appointmentId())));
        assertEquals(coop.essaim.accompaniment.api.ObjectiveStatus.ACHIEVED, hers.get(0).status(),
                "the workshop of her training plan was followed by the summer");
    }
}
