package coop.essaim.payroll.internal.document;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The labels and number formats of one payslip, in its language: the plugin's bundle (the one its
 * Essaim-Messages header names) read with the English base file for any language without its own file, never the
 * server's default locale, as the kernel reads its own.
 */
final class PayslipText {

    static final String BUNDLE = "coop.essaim.payroll.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    PayslipText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, PayslipText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    /** The text of {@code payslip.<key>}, its arguments formatted by {@link MessageFormat}. */
    String text(String key, Object... args) {
        String pattern = bundle.getString("payslip." + key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** With the currency: {@code 2 500,00 €}. */
    String money(Money amount) {
        return amount.format(locale);
    }

    /** A table figure, without the currency the column heading names: {@code 2 500,00}. */
    String amount(Money amount) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        int digits = amount.currency().getDefaultFractionDigits();
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(amount.toDecimal());
    }

    /** A rate in percent as the rules gave it, at least two decimals: {@code 6,90}, {@code 0,024}. */
    String rate(BigDecimal percent) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(Math.max(2, percent.stripTrailingZeros().scale()));
        return f.format(percent);
    }

    /** Hours with their decimals: {@code 151,67}. */
    String hours(BigDecimal hours) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(Math.max(2, hours.stripTrailingZeros().scale()));
        return f.format(hours);
    }

    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** {@code mai 2025}, {@code May 2025}. */
    String month(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
    }
}
