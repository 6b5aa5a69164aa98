package coop.essaim.api.reporting;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What one measure came to for one scope. A {@code MONEY} measure carries {@code money}; the others carry
 * {@code number} (a count, a percentage such as {@code 42.5}, days). Both null: the measure has no value for
 * this scope (a rate whose divisor is zero, a figure that does not exist per site), shown as a dash, never as 0.
 * {@code parts} break the value down (exits by reason, people by trade); empty when it has none.
 */
public record MeasureValue(String key, BigDecimal number, Money money, List<MeasurePart> parts) {

    public MeasureValue {
        Objects.requireNonNull(key, "key");
        if (number != null && money != null) {
            throw new IllegalArgumentException("measure " + key + ": a number or an amount, not both");
        }
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public static MeasureValue count(String key, long count) {
        return new MeasureValue(key, BigDecimal.valueOf(count), null, List.of());
    }

    /** A count with its breakdown; the parts need not add up to it (a person may have two trades). */
    public static MeasureValue count(String key, long count, List<MeasurePart> parts) {
        return new MeasureValue(key, BigDecimal.valueOf(count), null, parts);
    }

    public static MeasureValue money(String key, Money amount) {
        return new MeasureValue(key, null, Objects.requireNonNull(amount, "amount"), List.of());
    }

    /** A percentage or a number of days; null when it has no value for the scope. */
    public static MeasureValue number(String key, BigDecimal value) {
        return new MeasureValue(key, value, null, List.of());
    }

    public static MeasureValue none(String key) {
        return new MeasureValue(key, null, null, List.of());
    }

    public boolean hasValue() {
        return number != null || money != null;
    }
}
