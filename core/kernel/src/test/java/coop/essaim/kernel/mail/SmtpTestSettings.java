package coop.essaim.kernel.mail;

import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.settings.KernelCooperativeSettings;

/** The cooperative's SMTP settings for a test server on 127.0.0.1, without TLS (GreenMail's plain SMTP). */
public final class SmtpTestSettings {

    public static final String FROM = "envoi@oxalis.example";

    private SmtpTestSettings() {
    }

    /** {@code user} null: no login. */
    public static void configure(KernelCooperativeSettings settings, UserContext admin, int port, String user,
                                 String password) {
        settings.change(admin, MailSettingDefinitions.HOST, "127.0.0.1");
        settings.change(admin, MailSettingDefinitions.PORT, Integer.toString(port));
        settings.change(admin, MailSettingDefinitions.SECURITY, MailSettingDefinitions.SECURITY_NONE);
        settings.change(admin, MailSettingDefinitions.FROM_ADDRESS, FROM);
        settings.change(admin, MailSettingDefinitions.FROM_NAME, "Coopérative Oxalis");
        if (user != null) {
            settings.change(admin, MailSettingDefinitions.USER, user);
            settings.change(admin, MailSettingDefinitions.PASSWORD, password);
        }
    }
}
