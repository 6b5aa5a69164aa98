package coop.essaim.countryfr.ui.contract;

import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.web.internal.people.PersonPage;
import coop.essaim.testkit.EssaimWicketTester;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jeanne's contracts page as the administrator sees it, and her CESA downloaded from it. */
class ContractsPageTest {

    @RegisterExtension
    static final EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/classes")).withDemo().withWeb();

    @Test
    void thePageListsJeannesContractsAndDownloadsHerCesa() {
        UserContext admin = essaim.demoUser("admin");
        People people = essaim.modules().context("country-fr").orElseThrow().service(People.class);
        Person jeanne = people.list(admin, PersonQuery.all(0, 500)).items().stream()
                .filter(p -> "Martin".equals(p.details().familyName())).findFirst().orElseThrow();
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(ContractsPage.class, new PageParameters().add("person", jeanne.id()));
        tester.assertRenderedPage(ContractsPage.class);
        tester.assertContains("Jeanne Martin");
        tester.assertContains("CESA");
        int cesa = people.path(admin, jeanne.id()).orElseThrow().contracts().stream()
                .map(c -> c.kind()).toList().indexOf("employment");
        tester.clickLink("contracts:" + cesa + ":pdf");
        assertEquals("application/pdf", tester.getLastResponse().getContentType());
        assertTrue(tester.getLastResponse().getBinaryContent().length > 1000);
    }

    @Test
    void jeannesFileNamesHerPathInFrenchTermsAndLinksToHerContracts() {
        UserContext admin = essaim.demoUser("admin");
        People people = essaim.modules().context("country-fr").orElseThrow().service(People.class);
        assertEquals("france", people.pathModel(admin).id());
        Person jeanne = people.list(admin, PersonQuery.all(0, 500)).items().stream()
                .filter(p -> "Martin".equals(p.details().familyName())).findFirst().orElseThrow();
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(PersonPage.class, new PageParameters().add("id", jeanne.id()));
        tester.assertRenderedPage(PersonPage.class);
        tester.assertContains("Entrepreneur à l’essai \\(CAPE\\)");
        tester.assertContains("Entrepreneur salarié \\(CESA\\)");
        tester.assertContains("Contrats \\(CAPE, CESA, avenants\\) en PDF");
        tester.assertContains("m/country-fr/contracts\\?person=" + jeanne.id());

        EssaimWicketTester herself = essaim.wicketTester().logInDemo("jeanne");
        herself.startPage(PersonPage.class, new PageParameters().add("id", jeanne.id()));
        herself.assertRenderedPage(PersonPage.class);
        herself.assertContains("Entrepreneur salarié \\(CESA\\)");
        assertFalse(herself.getLastResponseAsString().contains("m/country-fr/contracts"),
                "the contracts page needs people.manage: no link to it");
    }

    @Test
    void anEntrepreneurIsRefusedThePage() {
        UserContext admin = essaim.demoUser("admin");
        People people = essaim.modules().context("country-fr").orElseThrow().service(People.class);
        long id = people.list(admin, PersonQuery.all(0, 500)).items().get(0).id();
        EssaimWicketTester jeanne = essaim.wicketTester().logInDemo("jeanne");
        jeanne.startPage(ContractsPage.class, new PageParameters().add("person", id));
        assertEquals(403, jeanne.getLastResponse().getStatus());
    }
}
