package coop.essaim.kernel.mail;

import coop.essaim.api.settings.SettingDefinition;
import coop.essaim.api.settings.SettingType;

import java.util.List;

/**
 * The cooperative's SMTP server, as core settings. Port 587 with STARTTLS is what most providers offer for
 * submission; {@code ssl} is implicit TLS (usually port 465); {@code none} only suits a relay on the same
 * machine or network. Without a user name the mailer does not authenticate. The password is a secret: written
 * on the Cooperative page, never shown again.
 */
public final class MailSettingDefinitions {

    public static final String HOST = "core.mail.smtp.host";
    public static final String PORT = "core.mail.smtp.port";
    public static final String SECURITY = "core.mail.smtp.security";
    public static final String USER = "core.mail.smtp.user";
    public static final String PASSWORD = "core.mail.smtp.password";
    public static final String FROM_ADDRESS = "core.mail.from.address";
    public static final String FROM_NAME = "core.mail.from.name";

    public static final String SECURITY_NONE = "none";
    public static final String SECURITY_STARTTLS = "starttls";
    public static final String SECURITY_SSL = "ssl";

    public static final List<SettingDefinition> DEFINITIONS = List.of(
            SettingDefinition.of(HOST, SettingType.TEXT, null, "core.setting.mail.smtp.host"),
            SettingDefinition.of(PORT, SettingType.INTEGER, "587", "core.setting.mail.smtp.port"),
            new SettingDefinition(SECURITY, SettingType.CHOICE, SECURITY_STARTTLS, "core.setting.mail.smtp.security",
                    List.of(SECURITY_NONE, SECURITY_STARTTLS, SECURITY_SSL)),
            SettingDefinition.of(USER, SettingType.TEXT, null, "core.setting.mail.smtp.user"),
            SettingDefinition.of(PASSWORD, SettingType.SECRET, null, "core.setting.mail.smtp.password"),
            SettingDefinition.of(FROM_ADDRESS, SettingType.TEXT, null, "core.setting.mail.from.address"),
            SettingDefinition.of(FROM_NAME, SettingType.TEXT, null, "core.setting.mail.from.name"));

    private MailSettingDefinitions() {
    }
}
