package coop.essaim.accompaniment.ui;

import coop.essaim.accompaniment.AccompanimentFixture;
import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.accompaniment.api.SignUp;
import coop.essaim.accompaniment.api.SignUpStatus;
import coop.essaim.accompaniment.api.Workshop;
import coop.essaim.accompaniment.api.WorkshopSession;
import coop.essaim.accompaniment.internal.workshop.WorkshopBook;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import coop.essaim.web.internal.pages.ForbiddenPage;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workshop pages as Karim (adviser) and Jeanne use them; the pages run on the real clock. */
class WorkshopPagesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AccompanimentFixture.kit().withWeb();

    private final AccompanimentFixture fixture = new AccompanimentFixture(essaim);

    /** The services on the real clock, as the pages run. */
    private WorkshopBook live() {
        return fixture.accompaniment(Clock.system(ZoneId.of("Europe/Paris"))).workshops();
    }

    private static LocalDateTime inDays(int days, int hour) {
        return LocalDate.now().plusDays(days).atTime(hour, 0);
    }

    @Test
    void karimAddsAWorkshopToTheCatalogueAndPlansASession() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("conseil");
        tester.startPage(WorkshopCataloguePage.class);
        tester.assertRenderedPage(WorkshopCataloguePage.class);
        FormTester form = tester.newFormTester("workshopForm");
        form.setValue("title", "Efficacité commerciale avancée");
        form.setValue("duration", "150");
        form.setValue("capacity", "9");
        form.setValue("site", String.valueOf(fixture.site("Lyon")));
        form.setValue("trainers", String.valueOf(fixture.adviser().userId()));
        form.submit();
        tester.assertNoErrorMessage();
        Workshop created = fixture.accompaniment().workshops().catalogue(fixture.adviser(), true).stream()
                .filter(w -> w.title().equals("Efficacité commerciale avancée")).findFirst().orElseThrow();
        assertEquals(9, created.capacity());
        assertEquals(List.of(fixture.adviser().userId()), created.trainerUserIds());
        tester.assertContains("Efficacité commerciale avancée");
        tester.assertContains("tous les statuts");

        FormTester plan = tester.newFormTester("sessionForm");
        plan.setValue("workshop", String.valueOf(created.id()));
        plan.setValue("date", inDays(20, 9).toLocalDate().toString());
        plan.setValue("time", "09:30");
        plan.submit();
        tester.assertNoErrorMessage();
        tester.assertRenderedPage(WorkshopSessionPage.class);
        tester.assertContains("0 places prises sur 9, 0 en attente");
    }

    @Test
    void karimChangesAnEntryAndTakesItOutOfTheCatalogue() {
        Workshop w = fixture.workshop("Gestion des stocks, niveau 2", 10);
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("conseil");
        tester.startPage(WorkshopCataloguePage.class, new PageParameters().set("id", w.id()));
        tester.assertContains("Modifier l&#039;atelier");
        FormTester form = tester.newFormTester("workshopForm");
        assertEquals("Gestion des stocks, niveau 2", form.getTextComponentValue("title"));
        form.setValue("capacity", "14");
        form.setValue("active", false);
        form.submit();
        tester.assertNoErrorMessage();
        Workshop changed = fixture.accompaniment().workshops().find(fixture.adviser(), w.id()).orElseThrow();
        assertEquals(14, changed.capacity());
        assertFalse(changed.active());
        assertTrue(fixture.accompaniment().workshops().find(fixture.jeanne(), w.id()).isEmpty(),
                "out of the catalogue the members read");
    }

    @Test
    void aWorkshopFormWithMistakesSaysWhichField() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("conseil");
        tester.startPage(WorkshopCataloguePage.class);
        FormTester form = tester.newFormTester("workshopForm");
        form.setValue("title", "");
        form.setValue("capacity", "0");
        form.setValue("online", true);
        form.setValue("trainers", String.valueOf(fixture.adviser().userId()));
        form.submit();
        tester.assertErrorMessages("Intitulé : Obligatoire.",
                "Capacité : Une capacité de 1 à 500 places est attendue.");
    }

    @Test
    void karimSignsJeanneUpThenTakesTheAttendanceOnTheDay() {
        Workshop w = fixture.workshop("Gestion de projet", 6);
        WorkshopSession coming = fixture.session(w, inDays(10, 14));
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("conseil");
        tester.startPage(WorkshopSessionPage.class, new PageParameters().set("id", coming.id()));
        FormTester form = tester.newFormTester("signUpForm");
        form.setValue("person", String.valueOf(fixture.jeannePerson().id()));
        form.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("Jeanne Martin");
        assertEquals(1, fixture.accompaniment().workshops().session(fixture.adviser(), coming.id()).orElseThrow()
                .confirmed());

        LocalDateTime earlier = inDays(-1, 9);
        WorkshopSession past = fixture.session(w, earlier);
        SignUp jeannes = fixture.accompaniment(AccompanimentFixture.at(earlier.minusDays(2))).workshops()
                .signUp(fixture.jeanne(), past.id(), fixture.jeannePerson().id());
        tester.startPage(WorkshopSessionPage.class, new PageParameters().set("id", past.id()));
        tester.clickLink("signUps:0:excused");
        tester.assertInfoMessages("Inscription mise à jour.");
        assertEquals(Attendance.EXCUSED, fixture.accompaniment().workshops().findSignUp(fixture.adviser(),
                jeannes.id()).orElseThrow().attendance());
        tester.assertContains("excusé");
        tester.assertContains("absences sans prévenir\\)");   // her attendance rate, for the adviser

        tester.clickLink("sheet");
        assertEquals("application/pdf", tester.getLastResponse().getContentType());
        assertTrue(tester.getLastResponse().getBinaryContent().length > 1000);
    }

    @Test
    void jeanneSignsHerselfUpAndCancelsFromMyWorkshops() {
        Workshop w = fixture.workshop("Culture coopérative", 1);
        WorkshopSession session = fixture.session(w, inDays(12, 18));
        WorkshopSession other = fixture.session(w, inDays(13, 18));
        live().signUp(fixture.nadia(), other.id(), fixture.person("Antoine", "Faure")
                .id());
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(MyWorkshopsPage.class);
        tester.assertRenderedPage(MyWorkshopsPage.class);
        tester.assertContains("Culture coopérative");
        tester.assertContains("complet \\(liste d&#039;attente\\)");
        assertFalse(tester.getLastResponseAsString().contains("Antoine"), "nobody else's name");
        tester.assertContains("Comptes rendus des mensuelles");
        tester.assertContains("Présentation d&#039;une activité par un membre");   // the demo's meetings

        tester.clickLink("open:" + rowOf(tester, "open", (WorkshopSession s) -> s.id() == session.id()) + ":signUp");
        tester.assertInfoMessages("Vous êtes inscrit.");
        SignUp mine = fixture.accompaniment().workshops().own(fixture.jeanne()).stream()
                .filter(s -> s.sessionId() == session.id()).findFirst().orElseThrow();
        assertEquals(SignUpStatus.CONFIRMED, mine.status());

        tester.clearFeedbackMessages();
        tester.startPage(MyWorkshopsPage.class);
        tester.clickLink("mine:" + rowOf(tester, "mine", (SignUp s) -> s.id() == mine.id()) + ":cancel");
        tester.assertInfoMessages("Votre inscription est annulée.");
        assertEquals(SignUpStatus.CANCELLED, fixture.accompaniment().workshops().findSignUp(fixture.jeanne(),
                mine.id()).orElseThrow().status());

        tester.startPage(WorkshopCataloguePage.class);
        tester.assertRenderedPage(ForbiddenPage.class);
        tester.startPage(WorkshopSessionPage.class, new PageParameters().set("id", session.id()));
        tester.assertRenderedPage(ForbiddenPage.class);
    }

    @Test
    void theCatalogueReadsInEnglish() {
        fixture.workshop("Marketing", 10);
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("conseil");
        tester.getSession().setLocale(Locale.ENGLISH);
        tester.startPage(WorkshopCataloguePage.class);
        tester.assertContains("Workshops and monthly meetings");
        tester.assertContains("every status");
        tester.assertContains("Plan a session");
    }

    @Test
    void theTeamReadsTheStatisticsAndExportsThem() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("conseil");
        tester.startPage(WorkshopStatisticsPage.class, new PageParameters().set("from", "2025-11").set("to",
                "2026-10"));
        tester.assertRenderedPage(WorkshopStatisticsPage.class);
        tester.assertNoErrorMessage();
        tester.assertContains("2026-03");
        tester.assertContains("Présence par personne");
        tester.assertContains("Manon Guérin");
        tester.clickLink("csv");
        assertTrue(tester.getLastResponse().getContentType().startsWith("text/csv"));
        assertTrue(tester.getLastResponseAsString().contains("2026-03;"), tester.getLastResponseAsString());

        tester.startPage(WorkshopStatisticsPage.class, new PageParameters().set("from", "mars"));
        tester.assertErrorMessages("Un mois comme 2026-03 est attendu.");

        EssaimWicketTester jeanne = essaim.wicketTester().logInDemo("jeanne");
        jeanne.startPage(WorkshopStatisticsPage.class);
        jeanne.assertRenderedPage(ForbiddenPage.class);
    }

    /**
     * The row of the page's list {@code path} that shows what {@code shows} picks: read from the rendered list
     * itself, since the demo and the other tests of this class sign Jeanne up to sessions of their own.
     */
    @SuppressWarnings("unchecked")
    private static <T> int rowOf(EssaimWicketTester tester, String path, Predicate<T> shows) {
        List<T> rows = ((ListView<T>) tester.getComponentFromLastRenderedPage(path)).getList();
        for (int i = 0; i < rows.size(); i++) {
            if (shows.test(rows.get(i))) {
                return i;
            }
        }
        throw new AssertionError("not listed in " + path + ": " + rows);
    }
}
