package coop.essaim.kernel.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import coop.essaim.api.mail.AttachmentSummary;
import coop.essaim.api.mail.MailAttachment;
import coop.essaim.api.mail.MailSender;
import coop.essaim.api.mail.MailStatus;
import coop.essaim.api.mail.Mailer;
import coop.essaim.api.mail.OutgoingMail;
import coop.essaim.api.mail.SentMail;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.servicetesting.CoreFixture;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mailer against a real SMTP server (GreenMail on a free port of 127.0.0.1). */
class KernelMailerTest {

    static final String REFERENCE = "invoicing:invoice:42";

    @RegisterExtension
    static final CoreFixture f = CoreFixture.withCooperative();

    GreenMail smtp;
    Mailer mailer;

    @BeforeEach
    void startServer() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("envoi@oxalis.example", "envoi", "bon-mot"));
        smtp.start();
        mailer = f.core.mailer();
    }

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    private static void configure(UserContext admin, int port, String user, String password) {
        SmtpTestSettings.configure(f.core.settings(), admin, port, user, password);
    }

    static byte[] pdf() {
        byte[] head = "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = Arrays.copyOf(head, head.length + 3000);
        for (int i = head.length; i < out.length; i++) {
            out[i] = (byte) (i * 31);
        }
        return out;
    }

    @Test
    void anInvoiceWithItsPdfArrivesWithSubjectRecipientsReplyToAndTheExactBytes() throws Exception {
        configure(f.admin, smtp.getSmtp().getPort(), "envoi", "bon-mot");
        byte[] pdf = pdf();
        OutgoingMail mail = new OutgoingMail(List.of("Ana Lima <ana@client.example>", "compta@client.example"),
                List.of("suivi@oxalis.example"), null, "Facture F-2026-0042 — atelier d’été",
                "Bonjour,\nveuillez trouver la facture ci-jointe.", "<p>Bonjour,</p><p>la facture est jointe.</p>",
                List.of(new MailAttachment("facture-F-2026-0042-été.pdf", "application/pdf", pdf)), REFERENCE)
                .withReplyTo("atelier@potier.example");

        SentMail sent = mailer.send(f.admin, mail);

        assertEquals(MailStatus.SENT, sent.status());
        assertNull(sent.failure());
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(3, received.length, "one delivery per recipient, the copy included");
        MimeMessage m = received[0];
        assertEquals("Facture F-2026-0042 — atelier d’été", m.getSubject());
        assertEquals(List.of("ana@client.example", "compta@client.example"), bare(m.getRecipients(Message.RecipientType.TO)));
        assertEquals(List.of("suivi@oxalis.example"), bare(m.getRecipients(Message.RecipientType.CC)));
        assertEquals(List.of("atelier@potier.example"), bare(m.getReplyTo()));
        InternetAddress from = (InternetAddress) m.getFrom()[0];
        assertEquals("envoi@oxalis.example", from.getAddress());
        assertEquals("Coopérative Oxalis", from.getPersonal());
        Multipart mixed = (Multipart) m.getContent();
        assertEquals(2, mixed.getCount());
        assertTrue(((Multipart) mixed.getBodyPart(0).getContent()).getBodyPart(1).isMimeType("text/html"));
        BodyPart attachment = mixed.getBodyPart(1);
        assertEquals(Part.ATTACHMENT, attachment.getDisposition());
        assertEquals("facture-F-2026-0042-été.pdf", attachment.getFileName());
        assertTrue(attachment.isMimeType("application/pdf"));
        try (var in = attachment.getInputStream()) {
            assertArrayEquals(pdf, in.readAllBytes());
        }

        List<SentMail> history = mailer.history(f.admin, REFERENCE);
        assertEquals(List.of(sent), history);
        assertEquals(List.of(new AttachmentSummary("facture-F-2026-0042-été.pdf", "application/pdf", pdf.length)),
                history.get(0).attachments());
        assertEquals("atelier@potier.example", history.get(0).replyTo());
        assertEquals("marie", history.get(0).sentBy());
        assertEquals(f.clock.instant(), history.get(0).sentAt());
    }

    @Test
    void aPlainTextMailWithoutLoginIsSent() throws Exception {
        configure(f.admin, smtp.getSmtp().getPort(), null, null);

        mailer.send(f.admin, OutgoingMail.of("ana@client.example", "Rappel", "Texte seul, accentué."));

        MimeMessage m = smtp.getReceivedMessages()[0];
        assertTrue(m.isMimeType("text/plain"));
        assertEquals("Texte seul, accentué.", ((String) m.getContent()).strip());
        assertNull(mailer.recent(f.admin, 1).get(0).reference());
    }

    @Test
    void aRefusedPasswordIsRecordedFailedWithTheServersReasonAndTold() {
        configure(f.admin, smtp.getSmtp().getPort(), "envoi", "mauvais-mot");

        ValidationException e = assertThrows(ValidationException.class, () -> mailer.send(f.admin,
                OutgoingMail.of("ana@client.example", "Facture", "Bonjour").withReference(REFERENCE)));

        assertEquals("smtp", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("a refusé l’identifiant ou le mot de passe"), e.getMessage());
        assertTrue(e.errors().get(0).message().contains("page Coopérative"), e.getMessage());
        assertEquals(0, smtp.getReceivedMessages().length);
        SentMail failed = mailer.history(f.admin, REFERENCE).get(0);
        assertEquals(MailStatus.FAILED, failed.status());
        assertTrue(failed.failure().contains("535"), failed.failure());
        assertTrue(!failed.failure().contains("mauvais-mot"), "the password never reaches the history");
    }

    @Test
    void aServerThatDoesNotListenGivesAFailedRecordAndAClearError() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        configure(f.admin, closed, null, null);

        ValidationException e = assertThrows(ValidationException.class, () -> mailer.send(f.admin,
                OutgoingMail.of("ana@client.example", "Facture", "Bonjour").withReference(REFERENCE)));

        assertEquals("smtp", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().startsWith("Le serveur de courriel 127.0.0.1:" + closed + " ne répond pas"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("Exception"), "no Java class name for the user: " + e.getMessage());
        SentMail failed = mailer.history(f.admin, REFERENCE).get(0);
        assertEquals(MailStatus.FAILED, failed.status());
        assertTrue(failed.failure().contains("127.0.0.1"), failed.failure());
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSentNorRecorded() {
        configure(f.admin, smtp.getSmtp().getPort(), null, null);
        byte[] tooBig = new byte[Mailer.MAX_ATTACHMENT_BYTES + 1];
        OutgoingMail mail = new OutgoingMail(List.of("ana@client.example", "pas une adresse"),
                List.of("x@y"), "reponse@", " ", "Bonjour", null,
                List.of(new MailAttachment("gros.pdf", "application/pdf", tooBig),
                        new MailAttachment("../etc/passwd", "pas un type", new byte[] {1})), null);

        ValidationException e = assertThrows(ValidationException.class, () -> mailer.send(f.admin, mail));

        assertEquals(List.of("to[1]", "cc[0]", "replyTo", "subject", "attachments[0]"),
                e.errors().stream().map(ValidationException.FieldError::field).toList());
        assertTrue(e.errors().get(0).message().contains("« pas une adresse » n’est pas une adresse électronique"));
        assertTrue(e.errors().get(4).message().contains("10 Mio"), e.errors().get(4).message());
        assertEquals(0, f.rows("MAIL_SENDING"));
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void aHeaderCannotBeSmuggledInAndEachAttachmentIsChecked() {
        configure(f.admin, smtp.getSmtp().getPort(), null, null);
        OutgoingMail mail = new OutgoingMail(List.of(), List.of(), null, "Facture\r\nBcc: tous@example.org",
                "Bonjour", null, List.of(new MailAttachment("ok.pdf", "application/pdf", new byte[] {1}),
                new MailAttachment("../etc/passwd", "pas un type", new byte[] {1})), null);

        ValidationException e = assertThrows(ValidationException.class, () -> mailer.send(f.admin, mail));

        assertEquals(List.of("to", "subject", "attachments[1]", "attachments[1]"),
                e.errors().stream().map(ValidationException.FieldError::field).toList());
        assertEquals(0, f.rows("MAIL_SENDING"));
    }

    @Test
    void withoutSmtpSettingsTheUserIsToldWhereAnAdministratorSetsThemAndNothingIsRecorded() {
        ValidationException e = assertThrows(ValidationException.class, () -> mailer.send(f.admin,
                OutgoingMail.of("ana@client.example", "Facture", "Bonjour")));

        assertEquals("smtp", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("page Coopérative, rubrique Courriel"), e.getMessage());
        assertEquals(0, f.rows("MAIL_SENDING"));
    }

    @Test
    void onBehalfOfAnActivityTheFromNameIsTheirsViaTheCooperativeAndAnswersGoToThem() throws Exception {
        configure(f.admin, smtp.getSmtp().getPort(), "envoi", "bon-mot");

        SentMail sent = mailer.send(f.admin, OutgoingMail.of("ana@client.example", "Facture", "Bonjour")
                .withReference(REFERENCE), new MailSender("Fil d'Or", "jeanne@fil-or.example"));

        MimeMessage m = smtp.getReceivedMessages()[0];
        InternetAddress from = (InternetAddress) m.getFrom()[0];
        assertEquals(SmtpTestSettings.FROM, from.getAddress(), "the cooperative's address, the one SPF allows");
        assertEquals("Fil d'Or via Coopérative Oxalis", from.getPersonal());
        assertEquals(List.of("jeanne@fil-or.example"), bare(m.getReplyTo()));
        assertEquals("jeanne@fil-or.example", sent.replyTo());
        assertEquals("jeanne@fil-or.example", mailer.history(f.admin, REFERENCE).get(0).replyTo());
    }

    @Test
    void theMailsOwnReplyToWinsAndWithoutANameTheFromIsTheCooperativesAlone() throws Exception {
        configure(f.admin, smtp.getSmtp().getPort(), "envoi", "bon-mot");

        mailer.send(f.admin, OutgoingMail.of("ana@client.example", "Facture", "Bonjour")
                .withReplyTo("suivi@oxalis.example"), new MailSender(" ", "jeanne@fil-or.example"));

        MimeMessage m = smtp.getReceivedMessages()[0];
        assertEquals("Coopérative Oxalis", ((InternetAddress) m.getFrom()[0]).getPersonal());
        assertEquals(List.of("suivi@oxalis.example"), bare(m.getReplyTo()));
    }

    @Test
    void aBadSenderIsRefusedByFieldAndNothingIsSentNorRecorded() {
        configure(f.admin, smtp.getSmtp().getPort(), "envoi", "bon-mot");

        ValidationException e = assertThrows(ValidationException.class, () -> mailer.send(f.admin,
                OutgoingMail.of("ana@client.example", "Facture", "Bonjour"),
                new MailSender("Fil d'Or\r\nBcc: spam@x.example", "jeanne@localhost")));

        assertEquals(List.of("sender.name", "sender.replyTo"),
                e.errors().stream().map(ValidationException.FieldError::field).toList());
        assertEquals(0, smtp.getReceivedMessages().length);
        assertEquals(0, f.rows("MAIL_SENDING"));
    }

    private static List<String> bare(Address[] addresses) {
        return Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }
}
