package coop.essaim.web.internal.people;

import coop.essaim.api.people.AdviserReach;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.kernel.demo.DemoMembers;
import coop.essaim.web.BrowserTester;
import coop.essaim.web.DemoUsers;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.WebFixture;
import coop.essaim.web.internal.pages.NotFoundPage;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The person page and the new person form, with the test module's deadline rule (three years after the
 * support agreement, as the French rule) so the flags show.
 */
class PersonPageTest {

    @RegisterExtension
    static final WebFixture web = WebFixture.withDemo().withTestModule();

    private UserContext admin() {
        return DemoUsers.context(web.kernel(), CoreRoles.ADMINISTRATOR);
    }

    private People people() {
        return web.kernel().service(People.class);
    }

    private long jeanne() {
        return DemoUsers.person(web.kernel(), admin(), DemoMembers.JEANNE_FAMILY).id();
    }

    @Test
    void adviserSeesIdentityPathReferentActivitiesActionsAndNotes(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ADVISER);
        tester.executeUrl("people/" + jeanne());
        tester.assertRenderedPage(PersonPage.class);
        tester.assertLabel("name", "Jeanne Martin");
        tester.assertLabel("identity:trades", "couture");
        tester.assertLabel("identity:site", DemoMembers.LYON);
        tester.assertLabel("identity:referent", "Karim Benali");
        tester.assertLabel("path:steps:0:status", "Accueil");
        tester.assertLabel("path:steps:1:status", "Accompagnement");
        tester.assertLabel("path:steps:2:status", "Salarié");
        tester.assertContains("Début de l&#039;accompagnement");
        tester.assertContains(DemoMembers.JEANNE_ACTIVITY);
        tester.assertVisible("actions");
        tester.assertVisible("notes");
        tester.assertInvisible("identity:deadline");
    }

    @Test
    void anAdviserReadsAColleaguesMemberWithoutTheActionsOrNotesAndNotAtAllWhenHeldToTheirPortfolio(
            BrowserTester tester) {
        // Baptiste Roche is a Villeurbanne member: nadia follows him, not conseil
        long baptiste = DemoUsers.person(web.kernel(), admin(), "Roche").id();
        KernelFixture.logIn(tester, CoreRoles.ADVISER);
        tester.executeUrl("people/" + baptiste);
        tester.assertRenderedPage(PersonPage.class);
        tester.assertLabel("identity:referent", "Nadia Haddad");
        tester.assertInvisible("actions");
        tester.assertInvisible("notes");

        CooperativeSettings settings = web.kernel().service(CooperativeSettings.class);
        settings.change(admin(), AdviserReach.SETTING, AdviserReach.PORTFOLIO.name());
        try {
            tester.executeUrl("people/" + baptiste);
            tester.assertRenderedPage(NotFoundPage.class);
            assertEquals(404, tester.getLastResponse().getStatus());
            tester.executeUrl("people/" + jeanne());
            tester.assertRenderedPage(PersonPage.class);
            tester.assertVisible("actions");
        } finally {
            settings.reset(admin(), AdviserReach.SETTING);
        }
    }

    @Test
    void deadlineFlagShowsOnThePageAndFiltersTheList(BrowserTester tester) {
        Person olivier = DemoUsers.person(web.kernel(), admin(), DemoMembers.OVERDUE_FAMILY);
        KernelFixture.logIn(tester, CoreRoles.ADVISER);
        tester.executeUrl("people/" + olivier.id());
        tester.assertVisible("identity:deadline");
        tester.assertLabel("identity:deadline", "Échéance d’associé·e dépassée");
        tester.executeUrl("people?deadline=OVERDUE");
        tester.assertContains("Olivier Brun");
        tester.assertContainsNot("Jeanne Martin");
        tester.assertContains("deadline-overdue");
    }

    @Test
    void accountantAndAdministratorSeeNoNotesAndTheAccountantNoActions(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ACCOUNTANT);
        tester.executeUrl("people/" + jeanne());
        tester.assertRenderedPage(PersonPage.class);
        tester.assertInvisible("notes");
        tester.assertInvisible("actions");

        tester = web.newBrowser();
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        tester.executeUrl("people/" + jeanne());
        tester.assertInvisible("notes");
        tester.assertVisible("actions");
    }

    @Test
    void entrepreneurSeesHerOwnFileWithoutNotesOrActions(BrowserTester tester) {
        people().addNote(DemoUsers.context(web.kernel(), CoreRoles.ADVISER), jeanne(), "Note confidentielle 42");
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.executeUrl("people/" + jeanne());
        tester.assertRenderedPage(PersonPage.class);
        tester.assertLabel("name", "Jeanne Martin");
        tester.assertInvisible("notes");
        tester.assertInvisible("actions");
        tester.assertContainsNot("Note confidentielle 42");
    }

    @Test
    void refusedTransitionShowsTheKernelsReasonBesideTheDateAndChangesNothing(BrowserTester tester) {
        int before = people().path(admin(), jeanne()).orElseThrow().entries().size();
        KernelFixture.logIn(tester, CoreRoles.ADVISER);
        tester.executeUrl("people/" + jeanne());
        FormTester form = tester.newFormTester("actions:transition");
        form.select("status", 0);
        form.setValue("date", "2020-01-01");
        form.submit();
        tester.assertRenderedPage(PersonPage.class);
        tester.assertContains("La date ne peut pas précéder la dernière étape du parcours");
        assertEquals(1, tester.getComponentFromLastRenderedPage("actions:transition:date").getFeedbackMessages()
                .size());
        assertEquals(before, people().path(admin(), jeanne()).orElseThrow().entries().size());
    }

    @Test
    void theAdviserRecordsJeannesEmploymentTermsAndABadValueIsShownBesideItsField(BrowserTester tester) {
        String since = people().find(admin(), jeanne()).orElseThrow().statusSince().toString();
        KernelFixture.logIn(tester, CoreRoles.ADVISER);
        tester.executeUrl("people/" + jeanne());
        FormTester bad = tester.newFormTester("terms:form");
        bad.setValue("validFrom", since);
        bad.setValue("hours", "300");
        bad.select("per", 1);
        bad.setValue("cost", "10.10");
        bad.submit();
        tester.assertRenderedPage(PersonPage.class);
        assertEquals(1, tester.getComponentFromLastRenderedPage("terms:form:hours").getFeedbackMessages().size());
        assertEquals(0, people().employmentTerms(admin(), jeanne()).size());

        tester.executeUrl("people/" + jeanne());
        FormTester good = tester.newFormTester("terms:form");
        good.setValue("validFrom", since);
        good.setValue("hours", "13");
        good.select("per", 1);
        good.setValue("cost", "10,10");
        good.submit();
        tester.executeUrl("people/" + jeanne());
        tester.assertLabel("terms:versions:0:hours", "13");
        tester.assertLabel("terms:versions:0:cost", coop.essaim.api.money.Money.of(1010, "EUR")
                .format(java.util.Locale.FRENCH));
        assertEquals(1, people().employmentTerms(admin(), jeanne()).size());
    }

    @Test
    void newPersonFormShowsRefusalsBesideTheirFieldsThenATransitionAppearsOnTheTimeline(BrowserTester tester) {
        long before = people().list(admin(), PersonQuery.all(0, 1)).total();
        KernelFixture.logIn(tester, CoreRoles.ADVISER);
        tester.executeUrl("people/new");
        tester.assertRenderedPage(NewPersonPage.class);
        FormTester form = tester.newFormTester("form");
        form.select("kind", 0);
        form.setValue("givenName", "Paul");
        form.setValue("familyName", "Essai");
        form.setValue("birthDate", "1850-01-01");
        form.submit();
        tester.assertRenderedPage(NewPersonPage.class);
        assertEquals(1, tester.getComponentFromLastRenderedPage("form:birthDate").getFeedbackMessages().size());
        assertEquals(1, tester.getComponentFromLastRenderedPage("form:establishment").getFeedbackMessages().size());
        tester.assertContains("Choisissez l’un des établissements de la coopérative.");
        assertEquals(before, people().list(admin(), PersonQuery.all(0, 1)).total());

        form = tester.newFormTester("form");
        form.select("kind", 0);
        form.setValue("givenName", "Paul");
        form.setValue("familyName", "Essai");
        form.setValue("birthDate", "1990-04-12");
        form.select("establishment", 0);
        form.setValue("trades", "menuiserie, ébénisterie");
        form.submit();
        tester.assertRenderedPage(PersonPage.class);
        tester.assertLabel("name", "Paul Essai");
        tester.assertLabel("identity:trades", "menuiserie, ébénisterie");
        tester.assertVisible("path:noStep");

        form = tester.newFormTester("actions:transition");
        form.select("status", 0);
        form.setValue("date", "2026-11-20");
        form.setValue("details", "Réunion collective");
        form.submit();
        tester.assertRenderedPage(PersonPage.class);
        tester.assertLabel("path:steps:0:status", "Accueil");
        tester.assertLabel("path:steps:0:details", "Réunion collective");
        tester.assertLabel("identity:status", "Accueil");
        tester.assertContains("C’est enregistré.");
    }
}
