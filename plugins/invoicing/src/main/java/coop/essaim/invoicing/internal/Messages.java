package coop.essaim.invoicing.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The module's translations, the bundle named by its Essaim-Messages header. The English base file is read for
 * any language without its own file, never the server's default locale. Dates are written in full ("31 décembre
 * 2026"), as the core writes them.
 */
public final class Messages {

    static final String BUNDLE = "coop.essaim.invoicing.messages";

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalDate day) {
                shown[i] = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }
}
