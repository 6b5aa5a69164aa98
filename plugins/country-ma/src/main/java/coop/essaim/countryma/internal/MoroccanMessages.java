package coop.essaim.countryma.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The plugin's texts, from {@code coop/essaim/countryma/messages*.properties}: French, English (the base file) and
 * Arabic. A missing key shows as itself rather than failing a document.
 */
public final class MoroccanMessages {

    public static final String BUNDLE = "coop.essaim.countryma.messages";

    private MoroccanMessages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, MoroccanMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
            return new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
