package coop.essaim.accompaniment;

import coop.essaim.accompaniment.api.Appointment;
import coop.essaim.accompaniment.api.AppointmentDraft;
import coop.essaim.accompaniment.api.AppointmentMode;
import coop.essaim.accompaniment.api.Appointments;
import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Appointments through the service, on the real core with the demo cooperative. */
class AppointmentsTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AccompanimentFixture.kit();

    private final AccompanimentFixture fixture = new AccompanimentFixture(essaim);

    private Appointments appointments() {
        return fixture.accompaniment().appointments();
    }

    @Test
    void theAdviserReadsThePrivateNotesJeanneOnlyTheSharedOnes() {
        UserContext karim = fixture.adviser();
        long jeanne = fixture.jeannePerson().id();
        Appointment a = appointments().schedule(karim, new AppointmentDraft(jeanne,
                LocalDateTime.of(2027, 3, 8, 9, 30), 60, AppointmentMode.ON_SITE, fixture.site("Lyon"),
                List.of(karim.userId(), fixture.nadia().userId()), List.of(" prix ", "premier devis", ""),
                "Doute sur sa capacité à tenir les délais", "Revoir la grille de prix",
                "Envoyer le devis à la mairie"));
        assertEquals(Attendance.EXPECTED, a.attendance());
        assertEquals(List.of("prix", "premier devis"), a.topics());
        assertEquals(LocalDateTime.of(2027, 3, 8, 10, 30), a.end());
        assertEquals("Doute sur sa capacité à tenir les délais", appointments().find(karim, a.id()).orElseThrow()
                .privateNotes());

        Appointment seen = appointments().find(fixture.jeanne(), a.id()).orElseThrow();
        assertNull(seen.privateNotes());
        assertFalse(seen.privateNotesShown());
        assertEquals("Revoir la grille de prix", seen.sharedNotes());
        assertEquals("Envoyer le devis à la mairie", seen.nextSteps());
        Appointment own = appointments().own(fixture.jeanne()).stream().filter(x -> x.id() == a.id()).findFirst()
                .orElseThrow();
        assertNull(own.privateNotes());

        // Nadia takes part, but Jeanne is in Karim's portfolio: she reads the appointment, not its private notes
        Appointment nadias = appointments().ofAdviser(fixture.nadia(), fixture.nadia().userId(),
                LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 14)).stream().filter(x -> x.id() == a.id())
                .findFirst().orElseThrow();
        assertNull(nadias.privateNotes());
        assertEquals("Revoir la grille de prix", nadias.sharedNotes());
    }

    @Test
    void aDraftIsRefusedWithEveryMistakeNamedByField() {
        UserContext karim = fixture.adviser();
        ValidationException refused = assertThrows(ValidationException.class, () -> appointments().schedule(karim,
                new AppointmentDraft(fixture.jeannePerson().id(), LocalDateTime.of(2027, 3, 20, 14, 0), 0,
                        AppointmentMode.ON_SITE, null, List.of(fixture.jeanne().userId()), List.of(), null, null,
                        null)));
        Map<String, String> byField = refused.errors().stream().collect(Collectors.toMap(
                ValidationException.FieldError::field, ValidationException.FieldError::message));
        assertEquals("Une durée de 5 à 480 minutes est attendue.", byField.get("durationMinutes"));
        assertEquals("Un rendez-vous sur place a lieu dans un établissement : choisissez-le.",
                byField.get("establishmentId"));
        assertEquals("Cet utilisateur n'est pas un conseiller de la coopérative.", byField.get("adviserUserIds[0]"));
        assertEquals(3, byField.size(), byField.toString());
    }

    @Test
    void attendanceIsRecordedOnceTheAppointmentHasStartedAndOnlyByAnAdviser() {
        UserContext karim = fixture.adviser();
        long jeanne = fixture.jeannePerson().id();
        Appointment past = appointments().schedule(karim, fixture.onSite(jeanne, LocalDateTime.of(2027, 3, 15, 9, 0)));
        Appointment ahead = appointments().schedule(karim, fixture.onSite(jeanne, LocalDateTime.of(2027, 3, 22, 9, 0)));

        ValidationException early = assertThrows(ValidationException.class,
                () -> appointments().recordAttendance(karim, ahead.id(), Attendance.ABSENT));
        assertEquals("La présence se note une fois le rendez-vous commencé.", early.errors().get(0).message());
        assertThrows(AccessDeniedException.class,
                () -> appointments().recordAttendance(fixture.jeanne(), past.id(), Attendance.PRESENT));

        assertEquals(Attendance.ABSENT, appointments().recordAttendance(karim, past.id(), Attendance.ABSENT)
                .attendance());
        assertEquals(Attendance.ABSENT, appointments().find(fixture.jeanne(), past.id()).orElseThrow().attendance());
        assertEquals("conseil", appointments().find(karim, past.id()).orElseThrow().updatedBy());
    }

    @Test
    void anotherPersonsOrAnotherCooperativesAppointmentIsRefused() {
        UserContext karim = fixture.adviser();
        UserContext nadia = fixture.nadia();
        long antoine = fixture.person("Antoine", "Faure").id();
        // Antoine is Nadia's: Karim reads the people of Villeurbanne (the core's default reach) but manages only his own
        assertThrows(AccessDeniedException.class, () -> appointments().schedule(karim,
                fixture.onSite(antoine, LocalDateTime.of(2027, 3, 10, 14, 0))));
        Appointment antoines = appointments().schedule(nadia, new AppointmentDraft(antoine,
                LocalDateTime.of(2027, 3, 10, 14, 0), 45, AppointmentMode.PHONE, null, List.of(nadia.userId()),
                List.of("trésorerie"), "Fragile après l'hiver", "Relancer deux clients", null));
        assertThrows(AccessDeniedException.class, () -> appointments().recordAttendance(karim, antoines.id(),
                Attendance.PRESENT));
        assertNull(appointments().find(karim, antoines.id()).orElseThrow().privateNotes());

        // Jeanne sees neither Antoine's appointment nor his list
        assertTrue(appointments().find(fixture.jeanne(), antoines.id()).isEmpty());
        assertTrue(appointments().ofPerson(fixture.jeanne(), antoine).isEmpty());

        // an adviser of another cooperative (the same grants, another tenant) finds nothing and changes nothing
        UserContext elsewhere = new UserContext(nadia.userId(), nadia.login(), nadia.displayName(),
                nadia.cooperativeId() + 1000, nadia.roles(), nadia.permissions(), nadia.locale());
        assertTrue(appointments().find(elsewhere, antoines.id()).isEmpty());
        assertTrue(appointments().ofPerson(elsewhere, antoine).isEmpty());
        ValidationException refused = assertThrows(ValidationException.class, () -> appointments()
                .recordAttendance(elsewhere, antoines.id(), Attendance.PRESENT));
        assertEquals("appointment", refused.errors().get(0).field());
        assertEquals(Attendance.EXPECTED, appointments().find(nadia, antoines.id()).orElseThrow().attendance());
    }

    @Test
    void anUpdateKeepsThePersonAndTheAttendanceAndReplacesTheAdvisers() {
        UserContext karim = fixture.adviser();
        long jeanne = fixture.jeannePerson().id();
        Appointment a = appointments().schedule(karim, fixture.onSite(jeanne, LocalDateTime.of(2027, 3, 1, 10, 0)));
        appointments().recordAttendance(karim, a.id(), Attendance.PRESENT);
        Appointment changed = appointments().update(karim, a.id(), new AppointmentDraft(0,
                LocalDateTime.of(2027, 3, 1, 10, 15), 90, AppointmentMode.VIDEO, null,
                List.of(fixture.nadia().userId(), karim.userId()), List.of("devis"), "privé", "partagé", "suite"));
        assertEquals(jeanne, changed.personId());
        assertEquals(Attendance.PRESENT, changed.attendance());
        assertEquals(90, changed.durationMinutes());
        assertEquals(List.of(karim.userId(), fixture.nadia().userId()).stream().sorted().toList(),
                appointments().find(karim, a.id()).orElseThrow().adviserUserIds());
        assertTrue(appointments().ofAdviser(karim, karim.userId(), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1))
                .stream().anyMatch(x -> x.id() == a.id()));
    }
}
