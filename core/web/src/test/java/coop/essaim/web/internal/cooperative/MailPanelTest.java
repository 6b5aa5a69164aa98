package coop.essaim.web.internal.cooperative;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import coop.essaim.api.mail.MailStatus;
import coop.essaim.api.mail.Mailer;
import coop.essaim.api.mail.SentMail;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.api.user.UserDirectory;
import coop.essaim.kernel.mail.MailSettingDefinitions;
import coop.essaim.web.BrowserTester;
import coop.essaim.web.DemoUsers;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.WebFixture;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The e-mail section of the Cooperative page: SMTP settings with a write-only password, a test mail, the history. */
class MailPanelTest {

    private static final String PASSWORD = "Tr3s-secret-pw";

    @RegisterExtension
    static final WebFixture web = WebFixture.withDemo();

    GreenMail smtp;

    @BeforeEach
    void startServer() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("envoi@oxalis.example", "envoi", PASSWORD));
        smtp.start();
    }

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    private static UserContext admin() {
        return DemoUsers.context(web.kernel(), CoreRoles.ADMINISTRATOR);
    }

    private static CooperativeSettings settings() {
        return web.kernel().service(CooperativeSettings.class);
    }

    private void fill(BrowserTester tester, int port, String password) {
        tester.executeUrl("cooperative");
        FormTester form = tester.newFormTester("mail:form");
        form.setValue("host", "127.0.0.1");
        form.setValue("port", Integer.toString(port));
        form.select("security", 0);
        form.setValue("user", "envoi");
        form.setValue("password", password);
        form.setValue("fromAddress", "envoi@oxalis.example");
        form.setValue("fromName", "Coopérative Oxalis");
        form.submit();
        tester.assertContains("Les réglages du courriel sont enregistrés.");
    }

    @Test
    void theSettingsAreSavedAndThePasswordIsNeverRenderedNorLostWhenLeftEmpty(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        fill(tester, smtp.getSmtp().getPort(), PASSWORD);

        long coop = admin().cooperativeId();
        assertEquals(Optional.of("127.0.0.1"), settings().value(coop, MailSettingDefinitions.HOST));
        assertEquals(Optional.of(MailSettingDefinitions.SECURITY_NONE), settings().value(coop, MailSettingDefinitions.SECURITY));
        assertTrue(settings().isSet(coop, MailSettingDefinitions.PASSWORD));
        tester.executeUrl("cooperative");
        assertFalse(tester.getLastResponseAsString().contains(PASSWORD), "the password is never sent back");
        tester.assertContains("Un mot de passe est enregistré");
        tester.assertModelValue("mail:form:host", "127.0.0.1");

        FormTester form = tester.newFormTester("mail:form");
        form.setValue("fromName", "Oxalis");
        form.submit();
        assertEquals(Optional.of("Oxalis"), settings().value(coop, MailSettingDefinitions.FROM_NAME));
        assertTrue(settings().isSet(coop, MailSettingDefinitions.PASSWORD), "an empty field keeps the password");
        assertFalse(tester.getLastResponseAsString().contains(PASSWORD));

        tester.newFormTester("mail:test").submit();
        tester.assertContains("Un courriel d’essai a été envoyé à");
        assertEquals(1, smtp.getReceivedMessages().length, "the stored password still logs in");
    }

    @Test
    void theTestMailReachesTheAdministratorAndShowsInTheHistory(BrowserTester tester) throws Exception {
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        fill(tester, smtp.getSmtp().getPort(), PASSWORD);
        String own = web.kernel().service(UserDirectory.class).find(admin(), admin().userId()).orElseThrow().email();

        tester.newFormTester("mail:test").submit();

        tester.assertContains("Un courriel d’essai a été envoyé à " + own + ".");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("Essaim : courriel d’essai", received[0].getSubject());
        assertEquals(own, ((InternetAddress) received[0].getAllRecipients()[0]).getAddress());
        List<SentMail> history = web.kernel().service(Mailer.class).history(admin(), MailPanel.TEST_REFERENCE);
        assertEquals(MailStatus.SENT, history.get(0).status());
        tester.executeUrl("cooperative");
        tester.assertContains("Essaim : courriel d’essai");
        tester.assertContains("Envoyé");
    }

    @Test
    void aServerThatDoesNotAnswerIsShownAsFeedbackAndRecordedFailed(BrowserTester tester) throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        fill(tester, closed, "");

        tester.newFormTester("mail:test").submit();

        tester.assertContains("Le serveur de courriel 127.0.0.1:" + closed + " ne répond pas");
        tester.assertNoInfoMessage();
        assertEquals(0, smtp.getReceivedMessages().length);
        tester.executeUrl("cooperative");
        tester.assertContains("Échec");
    }

    @Test
    void aWrongPasswordIsRefusedByTheServerAndSaidSo(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        fill(tester, smtp.getSmtp().getPort(), "pas-le-bon");

        tester.newFormTester("mail:test").submit();

        tester.assertContains("a refusé l’identifiant ou le mot de passe");
        assertFalse(tester.getLastResponseAsString().contains("pas-le-bon"));
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void aBadPortOrSendingAddressIsShownBesideItsFieldAndNothingChanges(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        fill(tester, smtp.getSmtp().getPort(), PASSWORD);
        tester.executeUrl("cooperative");
        FormTester form = tester.newFormTester("mail:form");
        form.setValue("port", "70000");
        form.setValue("fromAddress", "pas une adresse");
        form.submit();

        assertEquals(1, tester.getComponentFromLastRenderedPage("mail:form:port").getFeedbackMessages().size());
        assertEquals(1, tester.getComponentFromLastRenderedPage("mail:form:fromAddress").getFeedbackMessages().size());
        long coop = admin().cooperativeId();
        assertEquals(Optional.of(Integer.toString(smtp.getSmtp().getPort())),
                settings().value(coop, MailSettingDefinitions.PORT));
        assertEquals(Optional.of("envoi@oxalis.example"), settings().value(coop, MailSettingDefinitions.FROM_ADDRESS));
    }

    @Test
    void withoutAUserNameTheStoredPasswordIsWithdrawn(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        fill(tester, smtp.getSmtp().getPort(), PASSWORD);
        tester.executeUrl("cooperative");
        FormTester form = tester.newFormTester("mail:form");
        form.setValue("user", "");
        form.submit();

        long coop = admin().cooperativeId();
        assertEquals(Optional.empty(), settings().value(coop, MailSettingDefinitions.USER));
        assertFalse(settings().isSet(coop, MailSettingDefinitions.PASSWORD));
    }
}
