package coop.essaim.kernel.people;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.kernel.cooperative.KernelMessages;
import coop.essaim.kernel.text.PlainText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The people core's texts ({@code coop/essaim/kernel/people/messages*.properties}, kept apart from the kernel's
 * bundle), with the kernel's language rules: French when the user has no language, the English base file for a
 * language without its own file, never the JVM's locale. An instance collects a form's bad fields, so the
 * person fixes them all at once, and throws them as one {@link ValidationException}.
 */
public final class PeopleMessages {

    public static final String BUNDLE = "coop.essaim.kernel.people.messages";

    private final Locale locale;
    private final List<ValidationException.FieldError> errors = new ArrayList<>();

    public PeopleMessages(Locale locale) {
        this.locale = locale;
    }

    public static String text(Locale locale, String key, Object... args) {
        return KernelMessages.format(BUNDLE, locale, key, args);
    }

    /** A refusal about one field, for checks that can only fail one way. */
    public static ValidationException refusal(Locale locale, String field, String key, Object... args) {
        return new ValidationException(field, text(locale, key, args));
    }

    public PeopleMessages add(String field, String key, Object... args) {
        errors.add(new ValidationException.FieldError(field, text(locale, key, args)));
        return this;
    }

    /** Adds an error when the value is blank or longer than {@code max}. */
    public boolean requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, "people.required");
            return false;
        }
        return maxLength(field, value, max);
    }

    /** Adds an error when the (optional) value is longer than {@code max}. */
    public boolean maxLength(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            add(field, "people.tooLong", max);
            return false;
        }
        if (!PlainText.acceptable(value)) {
            add(field, "people.control", PlainText.codeOf(value));
            return false;
        }
        return true;
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
