package coop.essaim.brandgroups.internal;

import coop.essaim.api.money.Money;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The module's translations, the bundle named by its Essaim-Messages header; the English base file serves any
 * language without its own file. Months and days are written in full ("mai 2025", "1 mai 2025").
 */
public final class Messages {

    static final String BUNDLE = "coop.essaim.brandgroups.messages";

    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
    }

    public static String text(Locale locale, String key, Object... args) {
        return new Messages(locale).text(key, args);
    }

    public String text(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        // always through MessageFormat, so that every message writes an apostrophe the same way ('')
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof YearMonth month) {
                shown[i] = month(month);
            } else if (shown[i] instanceof LocalDate day) {
                shown[i] = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
            } else if (shown[i] instanceof Money money) {
                shown[i] = money(money);
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
    }

    public String money(Money money) {
        return money.format(locale);
    }
}
