package coop.essaim.invoicing.internal.document;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The labels and number formats of one document, in the document's language: the module bundle read the way the
 * kernel reads its own (the English base file for any language without its own file, never the server's
 * default locale), amounts, dates, quantities and rates formatted for the document's locale.
 */
final class DocumentText {

    static final String BUNDLE = "coop.essaim.invoicing.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    DocumentText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, DocumentText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    /** The text of {@code document.<key>}, its arguments formatted by {@link MessageFormat}. */
    String text(String key, Object... args) {
        String pattern = bundle.getString("document." + key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The country's own wording ({@code key.FR}) when the bundle has one, else the general one. */
    String textFor(String country, String key, Object... args) {
        if (country != null && !country.isBlank()) {
            try {
                String pattern = bundle.getString("document." + key + "." + country.strip().toUpperCase(Locale.ROOT));
                return new MessageFormat(pattern, locale).format(args);
            } catch (MissingResourceException e) {
                // no country wording: the general one below
            }
        }
        return text(key, args);
    }

    /** The unit's name ({@code HUR} is "heure"), or its UN/ECE code when the bundle does not name it. */
    String unit(String unitCode) {
        try {
            return bundle.getString("document.unit." + unitCode);
        } catch (MissingResourceException e) {
            return unitCode;
        }
    }

    String money(Money amount) {
        return amount.format(locale);
    }

    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** {@code 1,5} in French: up to the quantity's own decimals, no trailing zeros. */
    String quantity(BigDecimal quantity) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(Math.max(0, quantity.stripTrailingZeros().scale()));
        return f.format(quantity);
    }

    /** {@code 5,5 %} in French, {@code 5.5%} in English, from a percentage such as {@code 5.5}. */
    String percent(BigDecimal percent) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(Math.max(0, percent.stripTrailingZeros().scale()));
        return f.format(percent.movePointLeft(2));
    }
}
