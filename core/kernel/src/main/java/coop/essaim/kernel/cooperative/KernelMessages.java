package coop.essaim.kernel.cooperative;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
        return format(BUNDLE, locale, key, args);
    }

    /**
     * The text of {@code key} in the kernel's {@code bundle} in {@code locale} (French when null; the English
     * base file for a language without its own, never the JVM's locale), with {@code args} filled in and dates
     * written long in that language ("31 décembre 2026"), which MessageFormat does not do for java.time.
     * A missing key gives the key itself: a bug, but the person still sees which check failed.
     */
    public static String format(String bundle, Locale locale, String key, Object... args) {
        Locale effective = locale == null ? DEFAULT_LOCALE : locale;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundle, effective, KernelMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalDate d) {
                shown[i] = d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(effective));
            }
        }
        return new MessageFormat(pattern, effective).format(shown);
    }

    /** The locale of a stored language tag such as {@code fr}; French when blank. */
    public static Locale localeOf(String tag) {
        return tag == null || tag.isBlank() ? DEFAULT_LOCALE : Locale.forLanguageTag(tag);
    }
}
