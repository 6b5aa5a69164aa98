package coop.essaim.kernel.mail;

import coop.essaim.api.mail.MailAttachment;
import coop.essaim.api.mail.OutgoingMail;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Writes a checked mail as a MIME message: plain text, or text and HTML as alternatives, then the attachments
 * in a mixed multipart. Everything is UTF-8; file names with accents are encoded as RFC 2231 says.
 */
final class MimeMessages {

    private static final String UTF8 = StandardCharsets.UTF_8.name();

    private MimeMessages() {
    }

    static MimeMessage build(Session session, SmtpServer server, OutgoingMail mail, Instant now)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(server.fromName() == null ? new InternetAddress(server.fromAddress())
                : new InternetAddress(server.fromAddress(), server.fromName(), UTF8));
        message.setRecipients(Message.RecipientType.TO, addresses(mail.to()));
        if (!mail.cc().isEmpty()) {
            message.setRecipients(Message.RecipientType.CC, addresses(mail.cc()));
        }
        if (mail.replyTo() != null && !mail.replyTo().isBlank()) {
            message.setReplyTo(new InternetAddress[] {new InternetAddress(mail.replyTo().strip(), true)});
        }
        message.setSubject(mail.subject().strip(), UTF8);
        message.setSentDate(Date.from(now));
        if (mail.attachments().isEmpty()) {
            body(mail, message);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart bodyPart = new MimeBodyPart();
            body(mail, bodyPart);
            mixed.addBodyPart(bodyPart);
            for (MailAttachment a : mail.attachments()) {
                mixed.addBodyPart(attachment(a));
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    /** The text alone, or text and HTML as alternatives (the reader's program shows the richest it can). */
    private static void body(OutgoingMail mail, jakarta.mail.internet.MimePart part) throws MessagingException {
        if (mail.html() == null || mail.html().isBlank()) {
            part.setText(mail.text(), UTF8);
            return;
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), UTF8);
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), UTF8, "html");
        alternative.addBodyPart(html);
        part.setContent(alternative);
    }

    private static MimeBodyPart attachment(MailAttachment a) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType().strip())));
        part.setFileName(a.fileName().strip());
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private static InternetAddress[] addresses(List<String> list) throws MessagingException {
        InternetAddress[] out = new InternetAddress[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new InternetAddress(list.get(i).strip(), true);
        }
        return out;
    }
}
