package coop.essaim.kernel.ledger.lettering;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.kernel.cooperative.KernelMessages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lettering's refusals, from the ledger's translations ({@code coop/essaim/kernel/ledger/messages*.properties}). */
final class LetteringMessages {

    private static final String BUNDLE = "coop.essaim.kernel.ledger.messages";

    private final Locale locale;
    private final List<ValidationException.FieldError> errors = new ArrayList<>();

    LetteringMessages(Locale locale) {
        this.locale = locale == null ? KernelMessages.DEFAULT_LOCALE : locale;
    }

    Locale locale() {
        return locale;
    }

    ValidationException refusal(String field, String key, Object... args) {
        return new ValidationException(field, KernelMessages.format(BUNDLE, locale, key, args));
    }

    void add(String field, String key, Object... args) {
        errors.add(new ValidationException.FieldError(field, KernelMessages.format(BUNDLE, locale, key, args)));
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
