package coop.essaim.kernel.cli;

import coop.essaim.kernel.cooperative.KernelMessages;

import java.util.Locale;

/**
 * The command line's texts ({@code coop/essaim/kernel/cli/messages*.properties}): French or Dutch for a system in
 * either language (whatever its country: {@code fr_BE}, {@code nl_BE}), English otherwise.
 */
final class CliMessages {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Locale locale;

    CliMessages(Locale locale) {
        this.locale = switch (locale.getLanguage()) {
            case "fr" -> Locale.FRENCH;
            case "nl" -> DUTCH;
            default -> Locale.ENGLISH;
        };
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        return KernelMessages.format("coop.essaim.kernel.cli.messages", locale, key, args);
    }
}
