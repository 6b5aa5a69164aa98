package coop.essaim.countryfr.internal.fec;

import coop.essaim.api.money.Money;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * How a FEC writes its values: dates {@code yyyyMMdd}, amounts with a decimal comma and no thousands separator
 * ({@code 1200,50}), texts on one line without the separator. Reading is strict: {@code 2026-03-31},
 * {@code 20260231} or {@code 1 200,50} are refused.
 */
final class FecText {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,15})(?:,(\\d{1,2}))?");
    private static final Pattern SIGNED_AMOUNT = Pattern.compile("-?\\d{1,15}(?:,\\d{1,2})?");

    private FecText() {
    }

    static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** Minor units of a two-decimal currency as the FEC writes them: 0,00 for zero. */
    static String amount(long cents) {
        if (cents < 0) {
            throw new IllegalArgumentException("a FEC debit or credit is never negative: " + cents);
        }
        return cents / 100 + "," + String.format("%02d", cents % 100);
    }

    static String amount(Money money) {
        if (money.currency().getDefaultFractionDigits() != 2) {
            throw new IllegalArgumentException("FEC amounts have two decimals: " + money.currency());
        }
        return amount(money.minorUnits());
    }

    /** A label on one line: tabs, pipes and line breaks (which would split a column or a line) become spaces. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[ ]*[\\t|\\r\\n\\u0085\\u2028\\u2029][\\s|]*", " ").strip();
    }

    /** The date, or null when it is not {@code yyyyMMdd} or not a day of the calendar. */
    static LocalDate parseDate(String text) {
        if (text == null || text.length() != 8) {
            return null;
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The amount in hundredths, or -1 when it is not a positive FEC amount. */
    static long parseAmount(String text) {
        var m = AMOUNT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return -1;
        }
        String decimals = m.group(2) == null ? "00" : (m.group(2) + "0").substring(0, 2);
        return Long.parseLong(m.group(1)) * 100 + Long.parseLong(decimals);
    }

    /** Whether a currency amount (Montantdevise, which may be negative) is well written. */
    static boolean isSignedAmount(String text) {
        return SIGNED_AMOUNT.matcher(text).matches();
    }
}
