package coop.essaim.kernel.settings;

import coop.essaim.api.people.AdviserReach;
import coop.essaim.api.people.PersonalData;
import coop.essaim.api.settings.SettingDefinition;
import coop.essaim.api.settings.SettingType;
import coop.essaim.kernel.mail.MailSettingDefinitions;

import java.util.Arrays;
import java.util.List;

/**
 * The settings of the core itself, offered before any module's. The retention period defaults to five years
 * after a member's exit: the time French employers keep payroll and employment records, which a member's file
 * in a CAE is part of; a cooperative may set its own. Advisers manage their own portfolio and read the others'
 * by default ({@code AdviserReach}).
 */
public final class CoreSettingDefinitions {

    public static final List<SettingDefinition> DEFINITIONS = withMail(
            SettingDefinition.of(PersonalData.RETENTION_SETTING, SettingType.INTEGER, "60",
                    "core.setting.people.retention-months"),
            new SettingDefinition(AdviserReach.SETTING, SettingType.CHOICE, AdviserReach.DEFAULT.name(),
                    "core.setting.people.adviser-reach",
                    Arrays.stream(AdviserReach.values()).map(Enum::name).toList()));

    private CoreSettingDefinitions() {
    }

    /** The SMTP server's settings ({@link MailSettingDefinitions}) are the core's too. */
    private static List<SettingDefinition> withMail(SettingDefinition... own) {
        List<SettingDefinition> all = new java.util.ArrayList<>(List.of(own));
        all.addAll(MailSettingDefinitions.DEFINITIONS);
        return List.copyOf(all);
    }
}
