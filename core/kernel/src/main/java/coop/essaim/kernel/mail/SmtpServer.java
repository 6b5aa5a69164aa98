package coop.essaim.kernel.mail;

import coop.essaim.kernel.cooperative.FieldErrors;
import coop.essaim.kernel.cooperative.KernelMessages;
import coop.essaim.kernel.settings.KernelCooperativeSettings;

import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

import static coop.essaim.kernel.mail.MailSettingDefinitions.SECURITY_SSL;
import static coop.essaim.kernel.mail.MailSettingDefinitions.SECURITY_STARTTLS;

/** A cooperative's SMTP settings as the mailer uses them; {@code user} and {@code password} null without login. */
record SmtpServer(String host, int port, String security, String user, String password, String fromAddress,
                  String fromName) {

    /** How long the mailer waits to connect and for each answer, so that a dead server does not hang a page. */
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    /**
     * The settings of {@code cooperativeId}; a refusal on the field {@code smtp} saying where to set them when
     * the host or the sending address is missing or the port is out of range.
     */
    static SmtpServer of(KernelCooperativeSettings settings, long cooperativeId, Locale locale) {
        String host = settings.value(cooperativeId, MailSettingDefinitions.HOST).orElse(null);
        String from = settings.value(cooperativeId, MailSettingDefinitions.FROM_ADDRESS).orElse(null);
        if (host == null || from == null) {
            throw FieldErrors.single(locale, "smtp", "mail.smtp.notConfigured");
        }
        int port = settings.value(cooperativeId, MailSettingDefinitions.PORT).map(Integer::valueOf).orElse(587);
        if (port < 1 || port > 65535) {
            throw FieldErrors.single(locale, "smtp", "mail.smtp.port", port);
        }
        String user = settings.value(cooperativeId, MailSettingDefinitions.USER).orElse(null);
        String password = user == null ? null
                : settings.secret(cooperativeId, MailSettingDefinitions.PASSWORD).orElse(null);
        return new SmtpServer(host, port, settings.value(cooperativeId, MailSettingDefinitions.SECURITY)
                .orElse(SECURITY_STARTTLS), user, password, from,
                settings.value(cooperativeId, MailSettingDefinitions.FROM_NAME).orElse(null));
    }

    /**
     * The same server sending for {@code name}: "Fil d'Or via Coopérative Oxalis" in the From line, the
     * cooperative's sending name (or, without one, its sending address) after "via", so the recipient sees both
     * who writes and who sends. Without a name, this server unchanged.
     */
    SmtpServer onBehalfOf(String name, Locale locale) {
        if (name == null || name.isBlank()) {
            return this;
        }
        String cooperative = fromName == null || fromName.isBlank() ? fromAddress : fromName;
        return new SmtpServer(host, port, security, user, password, fromAddress,
                KernelMessages.text(locale, "mail.from.onBehalfOf", name.strip(), cooperative));
    }

    /** The Jakarta Mail session properties: timeouts always, TLS as chosen, server identity checked. */
    Properties sessionProperties() {
        Properties p = new Properties();
        String millis = Long.toString(TIMEOUT.toMillis());
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.connectiontimeout", millis);
        p.setProperty("mail.smtp.timeout", millis);
        p.setProperty("mail.smtp.writetimeout", millis);
        p.setProperty("mail.smtp.auth", Boolean.toString(user != null));
        if (SECURITY_STARTTLS.equals(security)) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        } else if (SECURITY_SSL.equals(security)) {
            p.setProperty("mail.smtp.ssl.enable", "true");
        }
        p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        return p;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "SmtpServer[" + host + ":" + port + ", " + security + (user == null ? ", no login" : ", user " + user) + "]";
    }
}
