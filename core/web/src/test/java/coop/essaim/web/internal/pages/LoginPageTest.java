package coop.essaim.web.internal.pages;

import coop.essaim.api.security.CoreRoles;
import coop.essaim.kernel.demo.DemoLogin;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.internal.security.EssaimSession;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginPageTest {

    private KernelFixture fixture;
    private WicketTester tester;

    @BeforeAll
    void startKernel(@TempDir Path folder) {
        fixture = KernelFixture.withDemo(folder);
    }

    @AfterAll
    void stopKernel() {
        fixture.close();
    }

    @BeforeEach
    void newTester() {
        tester = fixture.tester();
    }

    @AfterEach
    void destroyTester() {
        tester.destroy();
    }

    @Test
    void validCredentialsLogInAndShowTheDashboard() {
        String before = tester.getHttpSession().getId();
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        tester.assertContains("Sophie Garnier");
        assertNotEquals(before, tester.getHttpSession().getId(), "the session id changes at login");
    }

    @Test
    void wrongPasswordSaysNeitherWhichFieldNorWhetherTheLoginExists() {
        submit("admin", "not-the-password");
        tester.assertRenderedPage(LoginPage.class);
        tester.assertErrorMessages("Identifiant ou mot de passe incorrect.");
        assertFalse(EssaimSession.get().isSignedIn());

        submit("nobody-here", "whatever-password");
        tester.assertErrorMessages("Identifiant ou mot de passe incorrect.");
    }

    @Test
    void repeatedFailuresLockTheAccountAndSaySo() {
        DemoLogin adviser = KernelFixture.demo(CoreRoles.ADVISER);
        String last = null;
        for (int i = 0; i < 8 && last == null; i++) {
            submit(adviser.login(), "wrong-" + i);
            if (tester.getMessages(org.apache.wicket.feedback.FeedbackMessage.ERROR).toString().contains("bloqué")) {
                last = "locked";
            }
        }
        assertTrue(last != null, "the account is locked after repeated failures");
        // even the right password is refused while locked, with the locked message
        submit(adviser.login(), adviser.password());
        tester.assertRenderedPage(LoginPage.class);
        tester.assertErrorMessages("Trop de tentatives : ce compte est bloqué pour un moment. Réessayez plus tard.");
    }

    @Test
    void anonymousVisitorIsSentToLoginThenBackToThePageAskedFor() {
        tester.executeUrl("modules");
        tester.assertRenderedPage(LoginPage.class);
        DemoLogin admin = KernelFixture.demo(CoreRoles.ADMINISTRATOR);
        FormTester form = tester.newFormTester("form");
        form.setValue("login", admin.login());
        form.setValue("password", admin.password());
        form.submit();
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
    void logoutEndsTheSession() {
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.clickLink("userBox:logout");
        tester.assertRenderedPage(LoginPage.class);
        tester.startPage(HomePage.class);
        tester.assertRenderedPage(LoginPage.class);
    }

    private void submit(String login, String password) {
        tester.startPage(LoginPage.class);
        FormTester form = tester.newFormTester("form");
        form.setValue("login", login);
        form.setValue("password", password);
        form.submit();
    }
}
