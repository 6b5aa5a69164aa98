package coop.essaim.web.internal.pages;

import coop.essaim.api.security.CoreRoles;
import coop.essaim.web.BrowserTester;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.WebFixture;
import coop.essaim.web.testmodule.AdminReportPage;
import coop.essaim.web.testmodule.HelloPage;
import coop.essaim.web.testmodule.OpenPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a module contributes to the web (pages, menu entries, dashboard tiles), installed into and removed
 * from a real kernel while the web application runs.
 */
class ModuleContributionsTest {

    @RegisterExtension
    static final WebFixture web = WebFixture.withDemo().withTestModule();

    @Test
    void homeShowsTheModulesTilesTheUserMaySee(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.assertContains("Mon activité");
        tester.assertContains("12 345,67 €");
        tester.assertContains("Calculé pour jeanne");
        tester.assertContains("href=\"m/testmod/hello\"");
        tester.assertContainsNot("evil.example");
        tester.assertContainsNot("Tableau réservé");
        tester.assertInvisible("empty");
    }

    @Test
    void administratorsSeeTheRestrictedTileToo(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        tester.assertContains("Tableau réservé");
        tester.assertContains("Mon activité");
    }

    @Test
    void menuListsModulePagesByPermissionWithTranslatedLabels(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.assertContains("Bonjour du module");
        tester.assertContains(">Activité<");
        tester.assertContainsNot("Rapport d'administration");

        tester = web.newBrowser();
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        tester.assertContains("Rapport d&#039;administration");
        tester.assertContains(">Rapports<");
        String page = tester.getLastResponseAsString();
        assertTrue(page.indexOf(">Activité<") < page.indexOf(">Rapports<"), "sections in MenuSection order");
        assertTrue(page.indexOf(">Rapports<") < page.indexOf(">Administration<"), "administration comes last");
        tester.clickLink("en");
        tester.assertContains("Hello from the module");
    }

    @Test
    void modulePageIsMountedUnderTheModuleAndChecksItsPermission(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.executeUrl("m/testmod/hello");
        tester.assertRenderedPage(HelloPage.class);
        tester.assertLabel("who", "jeanne");
        tester.assertLabel("module", "testmod");
        tester.executeUrl("m/testmod/admin/report");
        tester.assertRenderedPage(ForbiddenPage.class);
        assertEquals(403, tester.getLastResponse().getStatus());
    }

    @Test
    void aPublicModulePageOpensWithoutLoggingInAndIsInNoMenu(BrowserTester tester) {
        tester.executeUrl("m/testmod/open?key=abc");
        tester.assertRenderedPage(OpenPage.class);
        tester.assertLabel("key", "abc");
        tester.assertLabel("visitor", "anonymous");
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        tester.executeUrl("m/testmod/open?key=abc");
        tester.assertLabel("visitor", "admin");
        assertFalse(tester.getLastResponseAsString().contains("m/testmod/open"));
    }

    @Test
    void anonymousVisitorOfAModulePageLogsInFirst(BrowserTester tester) {
        tester.executeUrl("m/testmod/hello");
        tester.assertRenderedPage(LoginPage.class);
        assertTrue(tester.getLastRenderedPage().getPageParameters().get(LoginPage.RETURN_PARAMETER)
                .toString("").equals("m/testmod/hello"));
    }

    @Test
    void removedModulesPagesAnswerNotFound(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        tester.executeUrl("m/testmod/admin/report");
        tester.assertRenderedPage(AdminReportPage.class);

        web.uninstallTestModule();
        tester.executeUrl("m/testmod/admin/report");
        tester.assertRenderedPage(NotFoundPage.class);
        assertEquals(404, tester.getLastResponse().getStatus());
        tester.startPage(HomePage.class);
        tester.assertContainsNot("Rapport d&#039;administration");
        tester.assertContainsNot("Mon activité");

        web.installTestModule();
        tester.executeUrl("m/testmod/admin/report");
        tester.assertRenderedPage(AdminReportPage.class);
    }

    @Test
    void aModulesLanguageIsOfferedWhileItIsInstalledAndLaysThePagesOutRightToLeft(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.assertContains("hreflang=\"ar\"");
        tester.assertContains("title=\"العربية\"");
        assertFalse(tester.getLastResponseAsString().contains("dir=\"rtl\""));
        tester.clickLink("languages:0:language");
        tester.assertContains("<html lang=\"ar\" dir=\"rtl\">");
        tester.assertContains("مرحبا من الوحدة");   // the module's own Arabic menu label

        BrowserTester admin = web.newBrowser();
        KernelFixture.logIn(admin, CoreRoles.ADMINISTRATOR);
        admin.clickLink("languages:0:language");
        admin.startPage(ModulesPage.class);
        admin.assertRenderedPage(ModulesPage.class);
        admin.assertContains("Core version");   // a page with no Arabic texts reads in English, never fails

        web.uninstallTestModule();
        try {
            admin.startPage(HomePage.class);
            tester = admin;
            tester.assertContains("<html lang=\"fr\">");   // its language went with it: French again
            tester.assertContainsNot("hreflang=\"ar\"");
            assertEquals(java.util.Locale.FRENCH, tester.getSession().getLocale());
        } finally {
            web.installTestModule();
        }
    }

    @Test
    void aFailingPageShowsAReferenceAndNoStackTrace(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.executeUrl("m/testmod/broken");
        tester.assertRenderedPage(InternalErrorPage.class);
        assertEquals(500, tester.getLastResponse().getStatus());
        String page = tester.getLastResponseAsString();
        assertTrue(page.matches("(?s).*E-[2-9A-HJ-NP-Z]{8}.*"), "shows the reference id");
        assertFalse(page.contains("secret internal detail"), page);
        assertFalse(page.contains("IllegalStateException"), page);
    }

    @Test
    void modulePagesAreNotReachableThroughTheGenericBookmarkableUrl(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.executeUrl("wicket/bookmarkable/" + AdminReportPage.class.getName());
        assertFalse(tester.getLastResponseAsString().contains("AdminReport du module de test"));
    }
}
