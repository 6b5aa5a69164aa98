package coop.essaim.kernel.settings;

import coop.essaim.api.settings.SettingDefinition;
import coop.essaim.api.settings.SettingType;
import coop.essaim.kernel.cooperative.FieldErrors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Checks a setting's text against its definition's type: the stored form is the canonical text. */
final class SettingValues {

    static final int MAX_LENGTH = 1000;

    private SettingValues() {
    }

    /** The value as stored (trimmed), or an error added under the setting's key. */
    static String normalise(SettingDefinition def, String raw, FieldErrors errors) {
        String field = def.key();
        if (raw == null || raw.isBlank()) {
            errors.add(field, "validation.required");
            return null;
        }
        // a password keeps its spaces: the server compares it byte for byte
        String v = def.type() == SettingType.SECRET ? raw : raw.strip();
        if (v.length() > MAX_LENGTH) {
            errors.add(field, "validation.tooLong", MAX_LENGTH);
            return null;
        }
        switch (def.type()) {
            case TEXT, SECRET -> {
                return v;
            }
            case INTEGER -> {
                try {
                    return Long.toString(Long.parseLong(v));
                } catch (NumberFormatException e) {
                    errors.add(field, "setting.integer.invalid");
                    return null;
                }
            }
            case DECIMAL -> {
                try {
                    // kept as written (no rounding): "0.10" stays "0.10"
                    return new BigDecimal(v).toPlainString();
                } catch (NumberFormatException e) {
                    errors.add(field, "setting.decimal.invalid");
                    return null;
                }
            }
            case BOOLEAN -> {
                if (v.equals("true") || v.equals("false")) {
                    return v;
                }
                errors.add(field, "setting.boolean.invalid");
                return null;
            }
            case DATE -> {
                try {
                    return LocalDate.parse(v).toString();
                } catch (DateTimeParseException e) {
                    errors.add(field, "setting.date.invalid");
                    return null;
                }
            }
            case CHOICE -> {
                if (def.choices().contains(v)) {
                    return v;
                }
                errors.add(field, "validation.choice", String.join(", ", def.choices()));
                return null;
            }
            default -> throw new IllegalStateException("unhandled setting type " + def.type());
        }
    }
}
