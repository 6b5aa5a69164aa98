package coop.essaim.api.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money: a whole number of the currency's minor units (cents for EUR and MAD, whose
 * {@link Currency#getDefaultFractionDigits()} is 2) and the currency. Arithmetic is exact; the only
 * operations that round are {@link #times(BigDecimal, RoundingMode)}, which names its rounding, and
 * {@link #allocate(long...)}, which hands out the remainder so no cent is lost. Amounts in two currencies
 * never mix: adding or comparing them throws, naming both.
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency " + currency + " has no minor unit");
        }
    }

    public static Money of(long minorUnits, Currency currency) {
        return new Money(minorUnits, currency);
    }

    public static Money of(long minorUnits, String currencyCode) {
        return new Money(minorUnits, Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /**
     * Reads a plain decimal such as {@code 1200.00}, {@code -3.5} or {@code 12} (a dot for decimals, no
     * grouping, no symbol): the machine format of forms, imports and the API.
     *
     * @throws IllegalArgumentException when the text is not such a number or has more decimals than the
     *                                  currency has minor digits ({@code 1.005} EUR is not an amount)
     */
    public static Money parse(String text, Currency currency) {
        Objects.requireNonNull(currency, "currency");
        if (text == null || !text.strip().matches("[+-]?\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("'" + text + "' is not an amount: expected digits with a dot for decimals");
        }
        BigDecimal value = new BigDecimal(text.strip());
        int digits = currency.getDefaultFractionDigits();
        if (value.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException("'" + text + "' has more than " + digits + " decimals for " + currency);
        }
        try {
            return new Money(value.movePointRight(digits).longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is too large an amount", e);
        }
    }

    /** The amount as a decimal number of major units, with exactly the currency's number of decimals. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    /** The machine format {@link #parse} reads back: {@code 1200.00}. */
    public String toPlainString() {
        return toDecimal().toPlainString();
    }

    /** For people: {@code 1 200,00 €} in French, {@code €1,200.00} in English. */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(toDecimal());
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minorUnits), currency);
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    /**
     * This amount times {@code rate} (a contribution rate, a VAT rate, hours), rounded to the minor unit
     * with {@code rounding}: the caller decides, because the right rule depends on the computation.
     */
    public Money times(BigDecimal rate, RoundingMode rounding) {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(rounding, "rounding");
        BigDecimal product = BigDecimal.valueOf(minorUnits).multiply(rate).setScale(0, rounding);
        try {
            return new Money(product.longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new ArithmeticException(this + " times " + rate + " overflows");
        }
    }

    /** Splits into {@code parts} amounts as equal as possible; the first ones get the leftover minor units. */
    public List<Money> allocate(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("allocate over at least one part, not " + parts);
        }
        long[] weights = new long[parts];
        java.util.Arrays.fill(weights, 1);
        return allocate(weights);
    }

    /**
     * Splits in proportion to {@code weights} by the largest-remainder method: each part gets the floor of
     * its exact share, then the minor units left over go one each to the parts with the largest remainders
     * (the earlier part on a tie). The parts always add up to this amount exactly.
     */
    public List<Money> allocate(long... weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("allocate needs at least one weight");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("allocation weights cannot be negative: " + w);
            }
            total = total.add(BigDecimal.valueOf(w));
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("allocation weights cannot all be zero");
        }
        // share the absolute amount, then give the sign back, so -1.00 over 3 is -0.34, -0.33, -0.33
        BigDecimal amount = BigDecimal.valueOf(Math.abs(minorUnits));
        long[] shares = new long[weights.length];
        BigDecimal[] remainders = new BigDecimal[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigDecimal[] qr = amount.multiply(BigDecimal.valueOf(weights[i])).divideAndRemainder(total);
            shares[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += shares[i];
        }
        long left = Math.abs(minorUnits) - given;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            shares[order.get(k)]++;
        }
        List<Money> out = new ArrayList<>(weights.length);
        for (long s : shares) {
            out.add(new Money(minorUnits < 0 ? -s : s, currency));
        }
        return List.copyOf(out);
    }

    /** Orders two amounts of the same currency; amounts in different currencies are not comparable. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other amount");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix currencies: " + currency.getCurrencyCode() + " and "
                    + other.currency.getCurrencyCode());
        }
    }

    /** {@code 1200.00 EUR}: for logs and messages to developers; people read {@link #format}. */
    @Override
    public String toString() {
        return toPlainString() + " " + currency.getCurrencyCode();
    }
}
