package coop.essaim.kernel.cooperative;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The kernel's translations ({@code coop/essaim/kernel/messages*.properties}). French is the language of a
 * user or cooperative that has none; a language without its own file reads the English base file, never the
 * JVM's default locale (a server's locale must not decide what users read). Patterns are
 * {@link MessageFormat}s: the French files use the typographic apostrophe (’) so none needs quoting.
 */
public final class KernelMessages {

    public static final String BUNDLE = "coop.essaim.kernel.messages";
    public static final Locale DEFAULT_LOCALE = Locale.FRENCH;

    private KernelMessages() {
    }

    public static String text(Locale locale, String key, Object... args) {
        Locale effective = locale == null ? DEFAULT_LOCALE : locale;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, effective, KernelMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            // a missing key is a bug, but the person still deserves to see which check failed
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, effective).format(args);
    }

    /** The locale of a stored language tag such as {@code fr}; French when blank. */
    public static Locale localeOf(String tag) {
        return tag == null || tag.isBlank() ? DEFAULT_LOCALE : Locale.forLanguageTag(tag);
    }
}
