package coop.essaim.kernel.cooperative;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.kernel.text.PlainText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects every bad field of a form before anything is written, so the person fixes them all at once;
 * messages are translated into the acting person's language as they are added.
 */
public final class FieldErrors {

    private final Locale locale;
    private final List<ValidationException.FieldError> errors = new ArrayList<>();

    public FieldErrors(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public FieldErrors add(String field, String messageKey, Object... args) {
        errors.add(new ValidationException.FieldError(field, KernelMessages.text(locale, messageKey, args)));
        return this;
    }

    /** Adds the error when the value is blank or longer than {@code max}; returns true when the value is fine. */
    public boolean requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, "validation.required");
            return false;
        }
        if (value.strip().length() > max) {
            add(field, "validation.tooLong", max);
            return false;
        }
        if (!PlainText.acceptable(value)) {
            add(field, "validation.control", PlainText.codeOf(value));
            return false;
        }
        return true;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** A refusal about a single field, for checks that can only fail one way. */
    public static ValidationException single(Locale locale, String field, String messageKey, Object... args) {
        return new ValidationException(field, KernelMessages.text(locale, messageKey, args));
    }

    /** Throws the collected errors, if any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
