package coop.essaim.web.internal.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonalData;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.kernel.demo.DemoMembers;
import coop.essaim.web.BrowserTester;
import coop.essaim.web.DemoUsers;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.WebFixture;
import coop.essaim.web.internal.me.MySpacePage;
import coop.essaim.web.internal.people.PersonPage;
import org.apache.wicket.markup.html.link.ExternalLink;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export of a person's data and their anonymisation, from the person page and "My space". */
class PrivacyPagesTest {

    @RegisterExtension
    static final WebFixture web = WebFixture.withDemo();

    private static UserContext admin() {
        return DemoUsers.context(web.kernel(), CoreRoles.ADMINISTRATOR);
    }

    private static Person person(String family) {
        return DemoUsers.person(web.kernel(), admin(), family);
    }

    private static JsonNode json(BrowserTester tester) throws IOException {
        return new ObjectMapper().readTree(tester.getLastResponse().getBinaryContent());
    }

    @Test
    void staffDownloadTheExportOfAPersonAsJsonAndCsv(BrowserTester tester) throws IOException {
        long jeanne = person(DemoMembers.JEANNE_FAMILY).id();
        KernelFixture.logIn(tester, CoreRoles.ADVISER);
        tester.executeUrl("people/" + jeanne);
        tester.assertVisible("export");
        tester.assertInvisible("anonymise");
        String href = ((ExternalLink) tester.getComponentFromLastRenderedPage("export:json"))
                .getDefaultModelObjectAsString();
        assertTrue(href.endsWith(jeanne + "/export/json"), href);

        tester.executeUrl("people/" + jeanne + "/export/json");
        assertEquals(200, tester.getLastResponse().getStatus());
        assertTrue(tester.getLastResponse().getContentType().startsWith("application/json"));
        String disposition = tester.getLastResponse().getHeader("Content-Disposition");
        assertTrue(disposition.startsWith("attachment") && disposition.contains("person-" + jeanne + ".json"),
                disposition);
        JsonNode export = json(tester);
        assertEquals("Martin", export.get("person").get("familyName").asText());
        assertEquals("Jeanne", export.get("person").get("givenName").asText());
        assertTrue(export.get("path").size() >= 3, export.get("path").toString());
        assertEquals(DemoMembers.JEANNE_ACTIVITY, export.get("activities").get(0).get("activity").asText());
        assertTrue(export.get("notes").isArray(), "the adviser may read the notes");

        tester.executeUrl("people/" + jeanne + "/export/csv");
        assertTrue(tester.getLastResponse().getContentType().startsWith("text/csv"));
        assertTrue(tester.getLastResponse().getHeader("Content-Disposition").contains("person-" + jeanne + ".csv"));
        String csv = new String(tester.getLastResponse().getBinaryContent(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("section,item,field,value"), csv);
        assertTrue(csv.contains(",familyName,Martin"), csv);
    }

    @Test
    void anEntrepreneurExportsHerOwnDataFromMySpaceAndNoOneElses(BrowserTester tester) throws IOException {
        long jeanne = person(DemoMembers.JEANNE_FAMILY).id();
        long olivier = person(DemoMembers.OVERDUE_FAMILY).id();
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.executeUrl("me");
        tester.assertRenderedPage(MySpacePage.class);
        tester.assertVisible("export");
        tester.executeUrl("people/" + jeanne + "/export/json");
        assertEquals(200, tester.getLastResponse().getStatus());
        JsonNode export = json(tester);
        assertEquals("Martin", export.get("person").get("familyName").asText());
        assertEquals("core.people.notes", export.get("notes").get("withheld").asText());

        tester.executeUrl("people/" + olivier + "/export/json");
        assertEquals(404, tester.getLastResponse().getStatus());
        tester.executeUrl("people/" + jeanne + "/export/pdf");
        assertEquals(404, tester.getLastResponse().getStatus());
    }

    @Test
    void theAccountantHasNoExportNorAnonymisation(BrowserTester tester) {
        long jeanne = person(DemoMembers.JEANNE_FAMILY).id();
        KernelFixture.logIn(tester, CoreRoles.ACCOUNTANT);
        tester.executeUrl("people/" + jeanne);
        tester.assertRenderedPage(PersonPage.class);
        tester.assertInvisible("export");
        tester.assertInvisible("anonymise");
        tester.executeUrl("people/" + jeanne + "/export/json");
        assertEquals(403, tester.getLastResponse().getStatus());

        tester = web.newBrowser();
        tester.executeUrl("people/" + jeanne + "/export/json");
        assertEquals(401, tester.getLastResponse().getStatus());
    }

    @Test
    void anonymisingNeedsTheConfirmationAndAPersonWhoLeft(BrowserTester tester) {
        Person jeanne = person(DemoMembers.JEANNE_FAMILY);
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        tester.executeUrl("people/" + jeanne.id());
        tester.assertVisible("anonymise");
        tester.assertLabel("anonymise:from", "Pas encore : seul un membre sorti peut être anonymisé, une fois la"
                + " durée de conservation écoulée.");

        FormTester form = tester.newFormTester("anonymise:form");
        form.submit();
        tester.assertRenderedPage(PersonPage.class);
        assertEquals(1, tester.getComponentFromLastRenderedPage("anonymise:form:confirm").getFeedbackMessages()
                .size());
        tester.assertContains("Cochez la case pour confirmer l’anonymisation.");

        form = tester.newFormTester("anonymise:form");
        form.setValue("confirm", "true");
        form.submit();
        tester.assertRenderedPage(PersonPage.class);
        tester.assertContains("Seul un membre sorti peut être anonymisé : enregistrez d’abord sa sortie.");
        assertEquals(1, tester.getComponentFromLastRenderedPage("anonymise:form:confirm").getFeedbackMessages()
                .size());
        assertEquals(jeanne.details(), person(DemoMembers.JEANNE_FAMILY).details());

        Person helene = person("Garcia");
        tester.executeUrl("people/" + helene.id());
        tester.assertContains("La durée de conservation court jusqu’au");
        form = tester.newFormTester("anonymise:form");
        form.setValue("confirm", "true");
        form.submit();
        tester.assertContains("La durée de conservation court jusqu’au");
        assertEquals("Garcia", person("Garcia").details().familyName());
    }

    @Test
    void aMemberWhoLeftIsAnonymisedOnceTheRetentionPeriodPassed(BrowserTester tester) {
        Person bastien = person("Roger");
        CooperativeSettings settings = web.kernel().service(CooperativeSettings.class);
        settings.change(admin(), PersonalData.RETENTION_SETTING, "0");
        try {
            KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
            tester.executeUrl("people/" + bastien.id());
            tester.assertContains("La durée de conservation est écoulée");
            FormTester form = tester.newFormTester("anonymise:form");
            form.setValue("confirm", "true");
            form.submit();
            tester.assertRenderedPage(PersonPage.class);
            tester.assertLabel("name", "#" + bastien.id());
            tester.assertLabel("anonymise:from", "Cette fiche a été anonymisée.");
            tester.assertInvisible("anonymise:form");
            tester.assertContains("La fiche a été anonymisée.");
            tester.assertContainsNot("Bastien");
        } finally {
            settings.change(admin(), PersonalData.RETENTION_SETTING, "60");
        }
        Person after = web.kernel().service(People.class).find(admin(), bastien.id()).orElseThrow();
        assertEquals(null, after.details().email());
    }
}
