package coop.essaim.kernel.settings;

import java.time.Instant;

/** One line of a setting's history: the value it took, from when, set by whom (a login). */
public record SettingChange(String key, String value, Instant validFrom, String setBy) {
}
