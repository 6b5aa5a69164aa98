package coop.essaim.api.settings;

import java.util.List;
import java.util.Objects;

/**
 * A setting a module offers each cooperative. {@code key} is {@code <module-id>.<name>}; {@code choices}
 * lists the allowed values of a {@link SettingType#CHOICE}; {@code defaultValue} applies until the
 * cooperative sets its own.
 */
public record SettingDefinition(String key, SettingType type, String defaultValue, String labelKey,
                                List<String> choices) {

    public SettingDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(labelKey, "labelKey");
        choices = List.copyOf(choices == null ? List.of() : choices);
    }

    public static SettingDefinition of(String key, SettingType type, String defaultValue, String labelKey) {
        return new SettingDefinition(key, type, defaultValue, labelKey, List.of());
    }
}
