package coop.essaim.web.internal.pages;

import coop.essaim.web.BrowserTester;
import coop.essaim.web.WebFixture;
import coop.essaim.web.internal.security.EssaimSession;
import org.apache.wicket.Component;
import org.apache.wicket.feedback.FeedbackMessage;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first run of an empty installation, on a real kernel. */
class SetupPageTest {

    @RegisterExtension
    static final WebFixture web = WebFixture.emptyForEachTest();

    @Test
    void everyUrlLeadsToTheSetupWhileNoCooperativeExists(BrowserTester tester) {
        tester.executeUrl("modules");
        tester.assertRenderedPage(SetupPage.class);
        tester.executeUrl("login");
        tester.assertRenderedPage(SetupPage.class);
        tester.startPage(HomePage.class);
        tester.assertRenderedPage(SetupPage.class);
    }

    @Test
    void eachErrorOfTheKernelIsShownOnItsField(BrowserTester tester) {
        tester.startPage(SetupPage.class);
        FormTester form = tester.newFormTester("form");
        fill(form);
        form.setValue("login", "X Y");          // not a login: upper case and a space
        form.setValue("password", "short");      // under the minimum length
        form.setValue("passwordAgain", "short");
        form.submit();
        tester.assertRenderedPage(SetupPage.class);
        // the kernel's messages, each attached to the field it names, and none on the valid fields
        assertEquals(1, messagesOf(tester, "form:login").size());
        assertEquals(1, messagesOf(tester, "form:password").size());
        assertTrue(messagesOf(tester, "form:legalName").isEmpty());
        assertTrue(messagesOf(tester, "form:email").isEmpty());
        String page = tester.getLastResponseAsString();
        String loginError = messagesOf(tester, "form:login").get(0);
        assertTrue(page.contains(org.apache.wicket.util.string.Strings.escapeMarkup(loginError)), "shown on the page");
        assertEquals(1, page.split(java.util.regex.Pattern.quote(
                org.apache.wicket.util.string.Strings.escapeMarkup(loginError).toString()), -1).length - 1,
                "shown once, beside its field, not repeated in the page's feedback");
        assertTrue(web.kernel().setup().needed(), "nothing was written");
        assertFalse(EssaimSession.get().isSignedIn());
    }

    @Test
    void passwordsThatDifferAreCaughtBeforeTheKernel(BrowserTester tester) {
        tester.startPage(SetupPage.class);
        FormTester form = tester.newFormTester("form");
        fill(form);
        form.setValue("passwordAgain", "another-long-password");
        form.submit();
        tester.assertErrorMessages("Les deux mots de passe ne sont pas identiques.");
        assertTrue(web.kernel().setup().needed());
    }

    @Test
    void successCreatesTheCooperativeAndLogsTheAdministratorIn(BrowserTester tester) {
        tester.startPage(SetupPage.class);
        FormTester form = tester.newFormTester("form");
        fill(form);
        form.submit();
        tester.assertRenderedPage(HomePage.class);
        assertFalse(web.kernel().setup().needed());
        assertEquals("camille", EssaimSession.get().user().orElseThrow().login());
        tester.assertContains("Bonjour Camille Martin");
        tester.assertContains("Coop Test");
        tester.startPage(SetupPage.class);
        tester.assertRenderedPage(HomePage.class);
    }

    private static void fill(FormTester form) {
        form.setValue("legalName", "Coopérative de test SCOP SARL");
        form.setValue("shortName", "Coop Test");
        form.select("legalForm", 0);
        form.select("country", 0);
        form.select("currency", 0);
        form.select("fiscalYearStartMonth", 0);
        form.select("defaultLocale", 0);
        form.setValue("login", "camille");
        form.setValue("displayName", "Camille Martin");
        form.setValue("email", "camille@coop-test.example");
        form.setValue("password", "un-mot-de-passe-long");
        form.setValue("passwordAgain", "un-mot-de-passe-long");
    }

    private static List<String> messagesOf(BrowserTester tester, String path) {
        Component c = tester.getComponentFromLastRenderedPage(path);
        return c.getFeedbackMessages().toList().stream().map(FeedbackMessage::getMessage).map(String::valueOf).toList();
    }
}
