package coop.essaim.api.module;

import coop.essaim.api.money.Money;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A module's translations in one reader's language: the resource bundle its {@code Essaim-Messages} header names,
 * read through the module's own class loader (so it works the same in both hosts). The English base file serves
 * any language without its own file, never the server's default locale. Every message goes through
 * {@link MessageFormat}, so a message file always writes an apostrophe {@code ''}; months, days and amounts given
 * as arguments are written in the reader's language ("mai 2025", "1 mai 2025", "1 234,56 €").
 *
 * <p>A module usually extends it with its bundle: {@code new Messages(locale).text("run.done", month)}.
 */
public class ModuleMessages {

    private final String bundle;
    private final ClassLoader loader;
    private final Locale locale;

    public ModuleMessages(String bundle, ClassLoader loader, Locale locale) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    public Locale locale() {
        return locale;
    }

    /** @throws java.util.MissingResourceException when the bundle has no such key: a programming error */
    public String text(String key, Object... args) {
        ResourceBundle messages = ResourceBundle.getBundle(bundle, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof YearMonth month) {
                shown[i] = month(month);
            } else if (shown[i] instanceof LocalDate day) {
                shown[i] = day(day);
            } else if (shown[i] instanceof Money money) {
                shown[i] = money(money);
            }
        }
        return new MessageFormat(messages.getString(key), locale).format(shown);
    }

    /** "mai 2025", "May 2025". */
    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
    }

    /** "1 mai 2025", "May 1, 2025". */
    public String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    public String money(Money money) {
        return money.format(locale);
    }
}
