package coop.essaim.kernel.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("coop.essaim.kernel.cli.messages", locale,
                    CliMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
