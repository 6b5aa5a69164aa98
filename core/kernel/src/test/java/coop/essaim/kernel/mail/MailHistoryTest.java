package coop.essaim.kernel.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import coop.essaim.api.mail.Mailer;
import coop.essaim.api.mail.OutgoingMail;
import coop.essaim.api.mail.SentMail;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.servicetesting.CoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Who sees which sendings: the cooperative's, and within it the sender's own unless one holds core.mail.history. */
class MailHistoryTest {

    static final String REFERENCE = "invoicing:invoice:7";

    @RegisterExtension
    static final CoreFixture f = CoreFixture.withCooperative();

    GreenMail smtp;
    Mailer mailer;

    @BeforeEach
    void startServer() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        mailer = f.core.mailer();
        SmtpTestSettings.configure(f.core.settings(), f.admin, smtp.getSmtp().getPort(), null, null);
    }

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    private SentMail send(UserContext actor, String subject, String reference) {
        f.clock.advance(Duration.ofMinutes(1));
        return mailer.send(actor, OutgoingMail.of("client@client.example", subject, "Bonjour").withReference(reference));
    }

    @Test
    void eachSeesTheSendingsOfTheirCooperativeAndWithoutTheHistoryPermissionOnlyTheirOwn() {
        UserContext entrepreneur = f.user(f.admin, "potier", CoreRoles.ENTREPRENEUR);
        UserContext accountant = f.user(f.admin, "compta", CoreRoles.ACCOUNTANT);
        UserContext other = f.otherCooperative();
        SentMail byAdmin = send(f.admin, "Facture 7", REFERENCE);
        SentMail byEntrepreneur = send(entrepreneur, "Facture 7, relance", REFERENCE);
        SentMail elsewhere = send(f.admin, "Autre document", "invoicing:invoice:8");

        assertEquals(List.of(byEntrepreneur, byAdmin), mailer.history(accountant, REFERENCE), "newest first");
        assertEquals(List.of(byEntrepreneur), mailer.history(entrepreneur, REFERENCE));
        assertEquals(List.of(elsewhere, byEntrepreneur, byAdmin), mailer.recent(f.admin, 50));
        assertEquals(List.of(elsewhere), mailer.recent(accountant, 1));
        assertThrows(AccessDeniedException.class, () -> mailer.recent(entrepreneur, 50));

        assertEquals(List.of(), mailer.history(other, REFERENCE));
        assertEquals(List.of(), mailer.recent(other, 50));
        assertEquals(3, smtp.getReceivedMessages().length);
    }

    @Test
    void anotherCooperativeSendsThroughItsOwnServerSettingsOrIsToldToSetThem() {
        UserContext other = f.otherCooperative();

        ValidationException e = assertThrows(ValidationException.class,
                () -> send(other, "Convocation", "governance:meeting:1"));

        assertEquals("smtp", e.errors().get(0).field());
        assertEquals("The cooperative’s e-mail server is not set up yet: an administrator enters it on the"
                + " Cooperative page, E-mail section (server, port and sending address).", e.errors().get(0).message());
    }

    @Test
    void aHistoryNeedsAReference() {
        ValidationException e = assertThrows(ValidationException.class, () -> mailer.history(f.admin, " "));
        assertEquals("reference", e.errors().get(0).field());
    }
}
