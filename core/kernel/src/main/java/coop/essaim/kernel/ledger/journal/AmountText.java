package coop.essaim.kernel.ledger.journal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount as journals write it: a sign, digits with a decimal comma or point (the last of the two when both
 * appear; the other one, spaces and apostrophes group digits), and a commodity before or after: an ISO 4217
 * code ({@code EUR}) or a symbol ({@code €}); none means the cooperative's currency. Exact: a count of minor
 * units, never a floating-point number.
 */
final class AmountText {

    private static final String COMMODITY = "([A-Za-z]{1,10}|[€$£]|\"[^\"]+\")";
    private static final Pattern AMOUNT = Pattern.compile("^([-+])?\\s*" + COMMODITY + "?\\s*([-+])?\\s*"
            + "([0-9][0-9 .,'\\u00a0\\u202f]*|[.,][0-9]+)\\s*" + COMMODITY + "?$");
    private static final Map<String, String> SYMBOLS = Map.of("€", "EUR", "$", "USD", "£", "GBP");

    /** Minor units (negative for a credit) in a currency; {@code problem} is a message key when it could not be read. */
    record Parsed(long minor, Currency currency, String problem, Object argument) {
    }

    private AmountText() {
    }

    static Parsed parse(String text, Currency defaultCurrency) {
        Matcher m = AMOUNT.matcher(text.strip());
        if (!m.matches() || (m.group(1) != null && m.group(3) != null) || (m.group(2) != null && m.group(5) != null)) {
            return problem("journal.amount.invalid", text);
        }
        String commodity = m.group(2) != null ? m.group(2) : m.group(5);
        Currency currency = defaultCurrency;
        if (commodity != null) {
            String c = commodity.replace("\"", "");
            c = SYMBOLS.getOrDefault(c, c);
            try {
                if (!c.matches("[A-Z]{3}")) {
                    throw new IllegalArgumentException(c);
                }
                currency = Currency.getInstance(c);
            } catch (IllegalArgumentException e) {
                return problem("journal.amount.commodity", commodity);
            }
        }
        BigDecimal value;
        try {
            value = new BigDecimal(normalised(m.group(4)));
        } catch (NumberFormatException e) {
            return problem("journal.amount.invalid", text);
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (value.stripTrailingZeros().scale() > digits) {
            return new Parsed(0, currency, "journal.amount.decimals", currency.getCurrencyCode() + " " + digits);
        }
        boolean negative = "-".equals(m.group(1)) || "-".equals(m.group(3));
        try {
            long minor = value.movePointRight(digits).longValueExact();
            return new Parsed(negative ? -minor : minor, currency, null, null);
        } catch (ArithmeticException e) {
            return problem("journal.amount.invalid", text);
        }
    }

    private static String normalised(String digits) {
        String n = digits.replaceAll("[ '\\u00a0\\u202f]", "");
        int comma = n.lastIndexOf(',');
        int point = n.lastIndexOf('.');
        char decimal;
        if (comma >= 0 && point >= 0) {
            decimal = comma > point ? ',' : '.';
        } else if (comma >= 0) {
            decimal = n.indexOf(',') == comma ? ',' : 0;
        } else {
            decimal = point >= 0 && n.indexOf('.') == point ? '.' : 0;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char ch = n.charAt(i);
            if (Character.isDigit(ch)) {
                sb.append(ch);
            } else if (ch == decimal && i == n.lastIndexOf(decimal)) {
                sb.append('.');
            }
        }
        return sb.toString();
    }

    private static Parsed problem(String key, Object argument) {
        return new Parsed(0, null, key, argument);
    }

    /** The machine form hledger and ledger read: {@code -1440.00 EUR}. */
    static String format(long minor, String currencyCode) {
        int digits = Math.max(0, Currency.getInstance(currencyCode).getDefaultFractionDigits());
        return BigDecimal.valueOf(minor, digits).toPlainString() + " " + currencyCode;
    }
}
