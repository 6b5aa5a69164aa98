package coop.essaim.api.reporting;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A measure a module contributes. {@code key} is stable (reports saved and exported refer to it) and starts with
 * the module id: {@code core.people.supported}. {@code labelKey} is translated from the contributing module's
 * bundle. {@code order}: where the measure stands in a report, lower first (the core's are 10 to 200).
 */
public record MeasureDefinition(String key, String labelKey, MeasureUnit unit, int order) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

    public MeasureDefinition {
        if (key == null || !KEY.matcher(key).matches() || key.length() > 80) {
            throw new IllegalArgumentException("measure key '" + key
                    + "': expected the module id, a dot and lower-case words (core.people.supported), 80 at most");
        }
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(unit, "unit");
    }
}
