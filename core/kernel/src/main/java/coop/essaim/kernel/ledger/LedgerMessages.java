package coop.essaim.kernel.ledger;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.kernel.cooperative.KernelMessages;
import coop.essaim.kernel.text.PlainText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ledger's translations ({@code coop/essaim/kernel/ledger/messages*.properties}) and the collector of a
 * draft's errors: every bad field is reported at once, in the acting user's language (French when unset;
 * a language without its own file reads the English base file, never the JVM's locale).
 */
final class LedgerMessages {

    static final String BUNDLE = "coop.essaim.kernel.ledger.messages";

    private final Locale locale;
    private final List<ValidationException.FieldError> errors = new ArrayList<>();

    LedgerMessages(Locale locale) {
        this.locale = locale == null ? KernelMessages.DEFAULT_LOCALE : locale;
    }

    static String text(Locale locale, String key, Object... args) {
        return KernelMessages.format(BUNDLE, locale, key, args);
    }

    static ValidationException refusal(Locale locale, String field, String key, Object... args) {
        return new ValidationException(field, text(locale, key, args));
    }

    Locale locale() {
        return locale;
    }

    LedgerMessages add(String field, String key, Object... args) {
        errors.add(new ValidationException.FieldError(field, text(locale, key, args)));
        return this;
    }

    /** Adds an error when a required text is blank or too long; true when it is fine. */
    boolean requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, "ledger.required");
            return false;
        }
        return optionalText(field, value, max);
    }

    boolean optionalText(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            add(field, "ledger.tooLong", max);
            return false;
        }
        if (!PlainText.acceptable(value)) {
            add(field, "ledger.control", PlainText.codeOf(value));
            return false;
        }
        return true;
    }

    /** The errors collected so far, in the order found. */
    List<ValidationException.FieldError> errors() {
        return List.copyOf(errors);
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
