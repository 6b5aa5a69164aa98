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
 * UTC from it).
 */
public final class AccompanimentSettings implements SettingsContribution {

    public static final String ALERT_WEEKS = "accompaniment.alert-weeks";
    public static final String TIME_ZONE = "accompaniment.time-zone";
    public static final int DEFAULT_ALERT_WEEKS = 8;
    public static final String DEFAULT_TIME_ZONE = "Europe/Paris";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.of(ALERT_WEEKS, SettingType.INTEGER, String.valueOf(DEFAULT_ALERT_WEEKS),
                        "setting.alertWeeks"),
                SettingDefinition.of(TIME_ZONE, SettingType.TEXT, DEFAULT_TIME_ZONE, "setting.timeZone"));
    }

    public static int alertWeeks(CooperativeSettings settings, long cooperativeId) {
        try {
            int weeks = Integer.parseInt(settings.value(cooperativeId, ALERT_WEEKS)
                    .orElse(String.valueOf(DEFAULT_ALERT_WEEKS)).strip());
            return weeks > 0 ? weeks : DEFAULT_ALERT_WEEKS;
        } catch (NumberFormatException e) {
            return DEFAULT_ALERT_WEEKS;
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
