package coop.essaim.api.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * A mail to send. {@code to} and {@code cc} are addresses ({@code ana@example.org} or
 * {@code Ana Lima <ana@example.org>}); {@code replyTo} is optional (null), for example an activity's own
 * contact address, so that answers reach the entrepreneur rather than the cooperative's sending address;
 * {@code html} is an optional (null) HTML version of {@code text}; {@code reference} is a free text the caller
 * chooses to find the sendings of one document again, such as {@code invoicing:invoice:42} (null for none).
 * The {@code with...} methods return a copy with one more part.
 */
public record OutgoingMail(List<String> to, List<String> cc, String replyTo, String subject, String text,
                           String html, List<MailAttachment> attachments, String reference) {

    public OutgoingMail {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A plain-text mail to one recipient, without copy, attachment or reference. */
    public static OutgoingMail of(String to, String subject, String text) {
        return new OutgoingMail(List.of(to), List.of(), null, subject, text, null, List.of(), null);
    }

    public OutgoingMail withCc(String... addresses) {
        List<String> all = new ArrayList<>(cc);
        all.addAll(List.of(addresses));
        return new OutgoingMail(to, all, replyTo, subject, text, html, attachments, reference);
    }

    public OutgoingMail withReplyTo(String address) {
        return new OutgoingMail(to, cc, address, subject, text, html, attachments, reference);
    }

    public OutgoingMail withHtml(String htmlBody) {
        return new OutgoingMail(to, cc, replyTo, subject, text, htmlBody, attachments, reference);
    }

    public OutgoingMail withAttachment(MailAttachment attachment) {
        List<MailAttachment> all = new ArrayList<>(attachments);
        all.add(attachment);
        return new OutgoingMail(to, cc, replyTo, subject, text, html, all, reference);
    }

    public OutgoingMail withReference(String ref) {
        return new OutgoingMail(to, cc, replyTo, subject, text, html, attachments, ref);
    }
}
