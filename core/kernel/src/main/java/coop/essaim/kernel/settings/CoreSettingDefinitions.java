package coop.essaim.kernel.settings;

import coop.essaim.api.people.PersonalData;
import coop.essaim.api.settings.SettingDefinition;
import coop.essaim.api.settings.SettingType;
import coop.essaim.kernel.mail.MailSettingDefinitions;

import java.util.List;

/**
 * The settings of the core itself, offered before any module's. The retention period defaults to five years
 * after a member's exit: the time French employers keep payroll and employment records, which a member's file
 * in a CAE is part of; a cooperative may set its own.
 */
public final class CoreSettingDefinitions {

    public static final List<SettingDefinition> DEFINITIONS = withMail(
            SettingDefinition.of(PersonalData.RETENTION_SETTING, SettingType.INTEGER, "60",
                    "core.setting.people.retention-months"));

    private CoreSettingDefinitions() {
    }

    /** The SMTP server's settings ({@link MailSettingDefinitions}) are the core's too. */
    private static List<SettingDefinition> withMail(SettingDefinition... own) {
        List<SettingDefinition> all = new java.util.ArrayList<>(List.of(own));
        all.addAll(MailSettingDefinitions.DEFINITIONS);
        return List.copyOf(all);
    }
}
