package coop.essaim.web.internal.pages;

import coop.essaim.api.security.CoreRoles;
import coop.essaim.kernel.demo.DemoLogin;
import coop.essaim.web.BrowserTester;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.WebFixture;
import coop.essaim.web.testmodule.AdminReportPage;
import coop.essaim.web.testmodule.HelloPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import coop.essaim.web.internal.security.SupportedLocales;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The core pages and the menu on a real kernel with the demo cooperative, without modules. */
class PagesTest {

    @RegisterExtension
    static final WebFixture web = WebFixture.withDemo();

    @Test
    void homeWithoutWidgetsGivesAdministratorsASummaryOfTheInstallation(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        tester.assertContains("Bonjour Sophie Garnier — Administrateur·rice, Essaim Démo");
        tester.assertVisible("empty:admin");
        assertEquals("1", tester.getComponentFromLastRenderedPage("empty:admin:started").getDefaultModelObjectAsString());
        assertEquals("0", tester.getComponentFromLastRenderedPage("empty:admin:failed").getDefaultModelObjectAsString());
        tester.clickLink("empty:admin:modulesLink");
        tester.assertRenderedPage(ModulesPage.class);
    }

    @Test
    void homeWithoutWidgetsTellsAnEntrepreneurThereIsNothingYet(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.assertContains("Jeanne Martin");
        tester.assertInvisible("empty:admin");
        tester.assertVisible("empty:nothing");
    }

    @Test
    void modulesPageListsTheModulesWithHostAndCoreVersion(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        tester.startPage(ModulesPage.class);
        tester.assertRenderedPage(ModulesPage.class);
        tester.assertLabel("host", "test");
        tester.assertLabel("coreVersion", web.kernel().version());
        tester.assertLabel("modules:0:id", "core");
        tester.assertVisible("modules:0:core");
        tester.assertLabel("modules:0:state", "Démarré");
    }

    @Test
    void modulesPageIsForbiddenToAnEntrepreneur(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.executeUrl("modules");
        tester.assertRenderedPage(ForbiddenPage.class);
        assertEquals(403, tester.getLastResponse().getStatus());
        tester.assertContains("Accès refusé");
        tester.assertContainsNot("Version du cœur");
    }

    @Test
    void menuShowsModulesOnlyToThoseWhoMaySeeThem(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        tester.assertContains(">Modules<");
        tester.assertContains(">Administration<");

        tester = web.newBrowser();
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.assertContainsNot(">Modules<");
        tester.assertContains(">Accueil<");
    }

    @Test
    void languageSwitchesToEnglishAndBack(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        tester.clickLink("en");
        tester.assertContains("Hello Sophie Garnier — Administrator, Essaim Démo");
        tester.assertContains("<html lang=\"en\"");
        tester.clickLink("fr");
        tester.assertContains("Bonjour Sophie Garnier");
    }

    @Test
    void browserAskingForEnglishGetsEnglishAndEveryoneElseFrench(BrowserTester tester) {
        assertEquals(Locale.ENGLISH, SupportedLocales.frenchAndEnglish().fromAcceptLanguage("en-GB,en;q=0.9,fr;q=0.5"));
        assertEquals(Locale.FRENCH, SupportedLocales.frenchAndEnglish().fromAcceptLanguage("fr-BE,en;q=0.8"));
        assertEquals(Locale.FRENCH, SupportedLocales.frenchAndEnglish().fromAcceptLanguage("de-DE,de;q=0.9"));
        assertEquals(Locale.ENGLISH, SupportedLocales.frenchAndEnglish().fromAcceptLanguage("de-DE,en;q=0.5"));
        assertEquals(Locale.FRENCH, SupportedLocales.frenchAndEnglish().fromAcceptLanguage(null));
        assertEquals(Locale.FRENCH, SupportedLocales.frenchAndEnglish().fromAcceptLanguage("not a ;;; header"));
        // the tester sends no Accept-Language: French, whatever the JVM's default locale is
        tester.startPage(LoginPage.class);
        tester.assertContains("Se connecter");
    }

    @Test
    void unknownUrlRendersTheNotFoundPageWith404(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.executeUrl("m/nothing/here");
        tester.assertRenderedPage(NotFoundPage.class);
        assertEquals(404, tester.getLastResponse().getStatus());
        tester.assertContains("Page introuvable");
    }

    @Test
    void responsesCarrySecurityHeaders(BrowserTester tester) {
        // the page as served from Wicket's buffer after the redirect: the response the browser renders
        tester.executeUrl("login");
        assertEquals(200, tester.getLastResponse().getStatus());
        assertEquals("DENY", tester.getLastResponse().getHeader("X-Frame-Options"));
        assertEquals("nosniff", tester.getLastResponse().getHeader("X-Content-Type-Options"));
        assertEquals("same-origin", tester.getLastResponse().getHeader("Referrer-Policy"));
        String csp = tester.getLastResponse().getHeader("Content-Security-Policy");
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        tester.assertContains("href=\"theme/essaim.css\"");
        tester.assertContainsNot("<script");
    }

    @Test
    void aFormSubmittedFromAnotherSiteIsRefused(BrowserTester tester) {
        tester.startPage(LoginPage.class);
        tester.fetchSite("cross-site");
        DemoLogin admin = KernelFixture.demo(CoreRoles.ADMINISTRATOR);
        KernelFixture.submitLogin(tester, admin.login(), admin.password());
        assertEquals(403, tester.getLastResponse().getStatus());
        assertFalse(coop.essaim.web.internal.security.EssaimSession.get().isSignedIn());
    }

    @Test
    void moduleClassesAreNotReachableThroughTheGenericBookmarkableUrl(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.executeUrl("wicket/bookmarkable/" + AdminReportPage.class.getName());
        assertFalse(tester.getLastResponseAsString().contains("AdminReport du module de test"));
        tester.executeUrl("wicket/bookmarkable/" + HelloPage.class.getName());
        assertFalse(tester.getLastResponseAsString().contains("Hello du module de test"));
    }
}
