package coop.essaim.kernel.ledger.journal;

import coop.essaim.kernel.cooperative.KernelMessages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The translations of the journal import and export ({@code coop/essaim/kernel/ledger/journal/messages*.properties}),
 * in the acting user's language (French when unset; a language without its own file reads the English base file).
 */
final class JournalMessages {

    private static final String BUNDLE = "coop.essaim.kernel.ledger.journal.messages";

    private final Locale locale;

    JournalMessages(Locale locale) {
        this.locale = locale == null ? KernelMessages.DEFAULT_LOCALE : locale;
    }

    String text(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, JournalMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
