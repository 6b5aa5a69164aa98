package coop.essaim.kernel.ledger.journal;

import coop.essaim.kernel.cooperative.KernelMessages;

import java.util.Locale;

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
        return KernelMessages.format(BUNDLE, locale, key, args);
    }
}
