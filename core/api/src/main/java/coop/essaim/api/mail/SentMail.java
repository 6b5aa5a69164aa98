package coop.essaim.api.mail;

import java.time.Instant;
import java.util.List;

/**
 * One sending as the history keeps it. {@code failure} is the SMTP server's reason when {@code status} is
 * {@link MailStatus#FAILED}, null when the mail was sent; {@code replyTo} and {@code reference} may be null.
 */
public record SentMail(long id, long cooperativeId, long sentByUserId, String sentBy, Instant sentAt,
                       List<String> to, List<String> cc, String replyTo, String subject,
                       List<AttachmentSummary> attachments, MailStatus status, String failure, String reference) {

    public SentMail {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        attachments = List.copyOf(attachments);
    }
}
