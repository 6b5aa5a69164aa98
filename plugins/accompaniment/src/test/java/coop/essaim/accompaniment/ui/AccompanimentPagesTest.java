package coop.essaim.accompaniment.ui;

import coop.essaim.accompaniment.AccompanimentFixture;
import coop.essaim.accompaniment.api.Appointment;
import coop.essaim.accompaniment.api.AppointmentDraft;
import coop.essaim.accompaniment.api.AppointmentMode;
import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The accompaniment pages as Karim (adviser) and Jeanne use them on the demo cooperative. */
class AccompanimentPagesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AccompanimentFixture.kit().withWeb();

    private final AccompanimentFixture fixture = new AccompanimentFixture(essaim);

    private Appointment jeannes(LocalDateTime start, String privateNotes, String sharedNotes) {
        UserContext karim = fixture.adviser();
        return fixture.accompaniment().appointments().schedule(karim, new AppointmentDraft(fixture.jeannePerson().id(),
                start, 60, AppointmentMode.ON_SITE, fixture.site("Lyon"), List.of(karim.userId()),
                List.of("prix"), privateNotes, sharedNotes, "Envoyer le devis"));
    }

    @Test
    void jeanneReadsTheSharedNotesOfHerAppointmentsNeverThePrivateOnes() {
        jeannes(LocalDateTime.of(2026, 11, 16, 9, 30), "Doute sur sa capacité à tenir les délais",
                "Revoir la grille de prix");
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(MyAppointmentsPage.class);
        tester.assertRenderedPage(MyAppointmentsPage.class);
        tester.assertContains("Revoir la grille de prix");
        tester.assertContains("Envoyer le devis");
        tester.assertContains("sur place");
        assertFalse(tester.getLastResponseAsString().contains("Doute sur sa capacité"));
        // and the advisers' pages are closed to her
        tester.startPage(PortfolioPage.class);
        tester.assertRenderedPage(coop.essaim.web.internal.pages.ForbiddenPage.class);
    }

    @Test
    void theAdvisersPortfolioAndWeekShowJeanne() {
        jeannes(LocalDateTime.of(2026, 11, 18, 14, 0), "privé", "Point sur les devis");
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("conseil");
        tester.startPage(PortfolioPage.class);
        tester.assertRenderedPage(PortfolioPage.class);
        tester.assertContains("Jeanne Martin");
        tester.assertContains("Entrepreneur salarié \\(CESA\\)");
        tester.startPage(CalendarPage.class, new PageParameters().set("week", "2026-11-18"));
        tester.assertContains("du 16 novembre 2026 au 22 novembre 2026");
        tester.assertContains("Jeanne Martin");
        tester.assertContains("18 nov. 2026 14:00");

        // Nadia takes no part in it, but reads the Lyon site's week
        EssaimWicketTester nadia = essaim.wicketTester().logInDemo("nadia");
        nadia.startPage(CalendarPage.class, new PageParameters().set("week", "2026-11-18"));
        nadia.assertContains("Les rendez-vous auxquels je participe");
        nadia.startPage(CalendarPage.class, new PageParameters().set("week", "2026-11-18")
                .set("site", fixture.site("Lyon")));
        nadia.assertContains("Les rendez-vous au site Lyon");
        nadia.assertContains("18 nov. 2026 14:00");
        nadia.assertContains("Jeanne Martin");
    }

    @Test
    void theAdviserSchedulesFromTheFormAndRecordsTheAttendance() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("conseil");
        long jeanne = fixture.jeannePerson().id();
        tester.startPage(AppointmentPage.class, new PageParameters().set("person", jeanne));
        tester.assertRenderedPage(AppointmentPage.class);
        FormTester form = tester.newFormTester("appointmentForm");
        form.setValue("date", "2026-11-20");
        form.setValue("time", "10:15");
        form.setValue("duration", "45");
        form.select("mode", 2);   // video
        form.setValue("topics", "trésorerie, relances");
        form.setValue("privateNotes", "Épuisée, à surveiller");
        form.setValue("sharedNotes", "Relancer les deux clients en retard");
        form.submit();
        tester.assertNoErrorMessage();
        Appointment saved = fixture.accompaniment().appointments().ofPerson(fixture.adviser(), jeanne).stream()
                .filter(a -> a.start().equals(LocalDateTime.of(2026, 11, 20, 10, 15))).findFirst().orElseThrow();
        assertEquals(AppointmentMode.VIDEO, saved.mode());
        assertEquals(List.of("trésorerie", "relances"), saved.topics());
        assertEquals("Épuisée, à surveiller", saved.privateNotes());
        assertEquals(List.of(fixture.adviser().userId()), saved.adviserUserIds());

        tester.startPage(AppointmentPage.class, new PageParameters().set("id", saved.id()));
        tester.assertContains("Épuisée, à surveiller");
        FormTester attendance = tester.newFormTester("attendanceForm");
        attendance.select("attendance", 3);   // excused
        attendance.submit();
        tester.assertInfoMessages("Présence notée.");
        assertEquals(Attendance.EXCUSED, fixture.accompaniment().appointments().find(fixture.adviser(), saved.id())
                .orElseThrow().attendance());
    }

    @Test
    void aFormWithMistakesSaysWhichField() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("conseil");
        tester.startPage(AppointmentPage.class, new PageParameters().set("person", fixture.jeannePerson().id()));
        FormTester form = tester.newFormTester("appointmentForm");
        form.setValue("date", "2026-11-21");
        form.setValue("duration", "600");
        form.submit();
        tester.assertErrorMessages("Durée (minutes) : Une durée de 5 à 480 minutes est attendue.");
        form = tester.newFormTester("appointmentForm");
        form.setValue("date", "21/11/2026");
        form.submit();
        tester.assertErrorMessages("Date et heure : une date comme 2027-03-08 et une heure comme 09:30 sont attendues.");
        assertTrue(fixture.accompaniment().appointments().ofPerson(fixture.adviser(), fixture.jeannePerson().id())
                .stream().noneMatch(a -> a.start().toLocalDate().equals(LocalDate.of(2026, 11, 21))));
    }
}
