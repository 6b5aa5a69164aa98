package coop.essaim.accompaniment.internal;

import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.api.settings.SettingDefinition;
import coop.essaim.api.settings.SettingType;
import coop.essaim.api.settings.SettingsContribution;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/**
 * The cooperative's accompaniment settings: after how many weeks without an appointment the portfolio raises an
 * alert (8 by default), and the time zone of its appointments' wall-clock times (the calendar feed writes them in
 * UTC from it), the workshops' no-show limit (2) and how long before a session its reminders leave (48 hours).
 */
public final class AccompanimentSettings implements SettingsContribution {

    public static final String ALERT_WEEKS = "accompaniment.alert-weeks";
    public static final String TIME_ZONE = "accompaniment.time-zone";
    public static final int DEFAULT_ALERT_WEEKS = 8;
    public static final String DEFAULT_TIME_ZONE = "Europe/Paris";
    public static final String NO_SHOW_LIMIT = "accompaniment.no-show-limit";
    public static final int DEFAULT_NO_SHOW_LIMIT = 2;
    public static final String REMINDER_HOURS = "accompaniment.reminder-hours";
    public static final int DEFAULT_REMINDER_HOURS = 48;

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.of(ALERT_WEEKS, SettingType.INTEGER, String.valueOf(DEFAULT_ALERT_WEEKS),
                        "setting.alertWeeks"),
                SettingDefinition.of(TIME_ZONE, SettingType.TEXT, DEFAULT_TIME_ZONE, "setting.timeZone"),
                SettingDefinition.of(NO_SHOW_LIMIT, SettingType.INTEGER, String.valueOf(DEFAULT_NO_SHOW_LIMIT),
                        "setting.noShowLimit"),
                SettingDefinition.of(REMINDER_HOURS, SettingType.INTEGER, String.valueOf(DEFAULT_REMINDER_HOURS),
                        "setting.reminderHours"));
    }

    public static int alertWeeks(CooperativeSettings settings, long cooperativeId) {
        return positive(settings, cooperativeId, ALERT_WEEKS, DEFAULT_ALERT_WEEKS);
    }

    /** After how many absences without notice one's own sign-ups wait for an adviser's confirmation. */
    public static int noShowLimit(CooperativeSettings settings, long cooperativeId) {
        return positive(settings, cooperativeId, NO_SHOW_LIMIT, DEFAULT_NO_SHOW_LIMIT);
    }

    /** How many hours before a session its reminders leave. */
    public static int reminderHours(CooperativeSettings settings, long cooperativeId) {
        return positive(settings, cooperativeId, REMINDER_HOURS, DEFAULT_REMINDER_HOURS);
    }

    private static int positive(CooperativeSettings settings, long cooperativeId, String key, int fallback) {
        try {
            int value = Integer.parseInt(settings.value(cooperativeId, key).orElse(String.valueOf(fallback)).strip());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The cooperative's zone; the default when the setting is blank or not a zone id. */
    public static ZoneId zone(CooperativeSettings settings, long cooperativeId) {
        try {
            return ZoneId.of(settings.value(cooperativeId, TIME_ZONE).filter(v -> !v.isBlank())
                    .orElse(DEFAULT_TIME_ZONE).strip());
        } catch (DateTimeException e) {
            return ZoneId.of(DEFAULT_TIME_ZONE);
        }
    }
}
