package coop.essaim.api.mail;

/**
 * Whom a mail is sent for, when a module sends on behalf of an activity rather than of the cooperative:
 * {@code name} goes before the cooperative's sending name in the From line ("Fil d'Or via Coopérative Essaim"),
 * {@code replyTo} is where answers go when the mail names no Reply-To of its own. The From address stays the
 * cooperative's sending address, the only one its SMTP server may send for (SPF, DKIM). Either may be null.
 */
public record MailSender(String name, String replyTo) {
}
