package coop.essaim.kernel.mail;

import coop.essaim.api.mail.MailAttachment;
import coop.essaim.api.mail.MailSender;
import coop.essaim.api.mail.Mailer;
import coop.essaim.api.mail.OutgoingMail;
import coop.essaim.kernel.cooperative.FieldErrors;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.ParseException;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a mail before anything is sent or recorded, collecting every bad field: each address is one address
 * with a dotted domain; the subject one line; no header can be smuggled in through a line break.
 */
final class MailChecks {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_FILE_NAME = 255;

    private MailChecks() {
    }

    static void check(OutgoingMail mail, Locale locale) {
        FieldErrors errors = new FieldErrors(locale);
        if (mail.to().isEmpty()) {
            errors.add("to", "mail.to.required");
        }
        if (mail.to().size() + mail.cc().size() > Mailer.MAX_RECIPIENTS) {
            errors.add("to", "mail.recipients.tooMany", Mailer.MAX_RECIPIENTS);
        }
        addresses("to", mail.to(), errors);
        addresses("cc", mail.cc(), errors);
        if (mail.replyTo() != null && !mail.replyTo().isBlank()) {
            address("replyTo", mail.replyTo(), errors);
        }
        if (errors.requireText("subject", mail.subject(), Mailer.MAX_SUBJECT_LENGTH) && hasLineBreak(mail.subject())) {
            errors.add("subject", "mail.subject.oneLine");
        }
        if (mail.text() == null || mail.text().isBlank()) {
            errors.add("text", "validation.required");
        }
        if (mail.reference() != null && mail.reference().strip().length() > Mailer.MAX_REFERENCE_LENGTH) {
            errors.add("reference", "validation.tooLong", Mailer.MAX_REFERENCE_LENGTH);
        }
        attachments(mail.attachments(), errors);
        errors.throwIfAny();
    }

    /** The name and address a mail is sent on behalf of, both optional; nothing to check without a sender. */
    static void checkSender(MailSender sender, Locale locale) {
        if (sender == null) {
            return;
        }
        FieldErrors errors = new FieldErrors(locale);
        String name = sender.name();
        if (name != null && !name.isBlank() && (name.strip().length() > Mailer.MAX_SENDER_NAME_LENGTH
                || hasLineBreak(name))) {
            errors.add("sender.name", "mail.sender.name", Mailer.MAX_SENDER_NAME_LENGTH);
        }
        if (sender.replyTo() != null && !sender.replyTo().isBlank()) {
            address("sender.replyTo", sender.replyTo(), errors);
        }
        errors.throwIfAny();
    }

    private static void addresses(String field, List<String> list, FieldErrors errors) {
        for (int i = 0; i < list.size(); i++) {
            address(field + "[" + i + "]", list.get(i), errors);
        }
    }

    /** Adds an error under {@code field} unless {@code raw} is one address with a dotted domain. */
    static void address(String field, String raw, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(field, "validation.required");
            return;
        }
        try {
            InternetAddress parsed = new InternetAddress(raw.strip(), true);
            if (hasLineBreak(raw) || !ADDRESS.matcher(parsed.getAddress()).matches() || raw.length() > 320) {
                errors.add(field, "mail.address.invalid", raw.strip());
            }
        } catch (AddressException e) {
            errors.add(field, "mail.address.invalid", raw.strip());
        }
    }

    private static void attachments(List<MailAttachment> attachments, FieldErrors errors) {
        long total = 0;
        for (int i = 0; i < attachments.size(); i++) {
            String field = "attachments[" + i + "]";
            MailAttachment a = attachments.get(i);
            if (a == null || a.size() == 0) {
                errors.add(field, "mail.attachment.empty");
                continue;
            }
            total += a.size();
            String name = a.fileName();
            if (name == null || name.isBlank() || name.length() > MAX_FILE_NAME || hasLineBreak(name)
                    || name.contains("/") || name.contains("\\")) {
                errors.add(field, "mail.attachment.name", MAX_FILE_NAME);
            }
            if (!isContentType(a.contentType())) {
                errors.add(field, "mail.attachment.type", String.valueOf(a.contentType()));
            }
            if (total > Mailer.MAX_ATTACHMENT_BYTES) {
                errors.add(field, "mail.attachment.tooLarge", Mailer.MAX_ATTACHMENT_BYTES / (1024 * 1024));
                return;
            }
        }
    }

    private static boolean isContentType(String type) {
        if (type == null || type.isBlank() || hasLineBreak(type) || type.length() > 200) {
            return false;
        }
        try {
            ContentType parsed = new ContentType(type);
            return parsed.getPrimaryType() != null && parsed.getSubType() != null;
        } catch (ParseException e) {
            return false;
        }
    }

    private static boolean hasLineBreak(String s) {
        return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    }
}
