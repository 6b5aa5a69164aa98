package coop.essaim.kernel.cli;

import coop.essaim.kernel.cooperative.KernelMessages;

import java.util.Locale;

/** The command line's texts ({@code coop/essaim/kernel/cli/messages*.properties}): French or English. */
final class CliMessages {

    private final Locale locale;

    CliMessages(Locale locale) {
        this.locale = "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        return KernelMessages.format("coop.essaim.kernel.cli.messages", locale, key, args);
    }
}
