package coop.essaim.web.internal.pages;

import coop.essaim.api.security.CoreRoles;
import coop.essaim.kernel.demo.DemoLogin;
import coop.essaim.web.BrowserTester;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.WebFixture;
import coop.essaim.web.internal.security.EssaimSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginPageTest {

    @RegisterExtension
    static final WebFixture web = WebFixture.withDemo();

    @Test
    void validCredentialsLogInAndShowTheDashboard(BrowserTester tester) {
        String before = tester.getHttpSession().getId();
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        tester.assertContains("Sophie Garnier");
        assertNotEquals(before, tester.getHttpSession().getId(), "the session id changes at login");
    }

    @Test
    void wrongPasswordSaysNeitherWhichFieldNorWhetherTheLoginExists(BrowserTester tester) {
        submit(tester, "admin", "not-the-password");
        tester.assertRenderedPage(LoginPage.class);
        tester.assertErrorMessages("Identifiant ou mot de passe incorrect.");
        assertFalse(EssaimSession.get().isSignedIn());

        submit(tester, "nobody-here", "whatever-password");
        tester.assertErrorMessages("Identifiant ou mot de passe incorrect.");
    }

    @Test
    void repeatedFailuresLockTheAccountAndSaySo(BrowserTester tester) {
        DemoLogin adviser = KernelFixture.demo(CoreRoles.ADVISER);
        String last = null;
        for (int i = 0; i < 8 && last == null; i++) {
            submit(tester, adviser.login(), "wrong-" + i);
            if (tester.getMessages(org.apache.wicket.feedback.FeedbackMessage.ERROR).toString().contains("bloqué")) {
                last = "locked";
            }
        }
        assertTrue(last != null, "the account is locked after repeated failures");
        // even the right password is refused while locked, with the locked message
        submit(tester, adviser.login(), adviser.password());
        tester.assertRenderedPage(LoginPage.class);
        tester.assertErrorMessages("Trop de tentatives : ce compte est bloqué pour un moment. Réessayez plus tard.");
    }

    @Test
    void anonymousVisitorIsSentToLoginThenBackToThePageAskedFor(BrowserTester tester) {
        tester.executeUrl("modules");
        tester.assertRenderedPage(LoginPage.class);
        DemoLogin admin = KernelFixture.demo(CoreRoles.ADMINISTRATOR);
        KernelFixture.submitLogin(tester, admin.login(), admin.password());
        tester.assertRenderedPage(ModulesPage.class);
    }

    @Test
    void returnPathMustBeOneOfOurPages() {
        assertTrue(LoginPage.isSafeReturnPath("m/invoicing/customers"));
        assertTrue(LoginPage.isSafeReturnPath("modules"));
        assertFalse(LoginPage.isSafeReturnPath("//evil.example/"));
        assertFalse(LoginPage.isSafeReturnPath("https://evil.example/"));
        assertFalse(LoginPage.isSafeReturnPath("m/x/../../etc"));
        assertFalse(LoginPage.isSafeReturnPath("wicket/bookmarkable/coop.essaim.X"));
        assertFalse(LoginPage.isSafeReturnPath("m/x/page?2-1.-form"));
    }

    @Test
    void logoutEndsTheSession(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.clickLink("userBox:logout");
        tester.assertRenderedPage(LoginPage.class);
        tester.startPage(HomePage.class);
        tester.assertRenderedPage(LoginPage.class);
    }

    private static void submit(BrowserTester tester, String login, String password) {
        tester.startPage(LoginPage.class);
        KernelFixture.submitLogin(tester, login, password);
    }
}
