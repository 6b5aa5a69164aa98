package coop.essaim.countryfr.internal.fec;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The FEC's texts, French and English, in their own bundle beside this class (the module's menu labels stay in
 * the module's bundle). The English base file is read for any language without its own file.
 */
final class FecMessages {

    static final Locale FRENCH = Locale.FRENCH;
    static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "coop.essaim.countryfr.internal.fec.messages";

    private FecMessages() {
    }

    static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? FRENCH : locale,
                FecMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
