package coop.essaim.countrybe.internal.payroll;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One edition of the Belgian payroll parameters: every value in force from {@code validFrom} until the next
 * edition, read from the plugin's resource files (never constants in code). Values are looked up by the keys of
 * those files; a missing or malformed value names its key and the edition.
 */
record PayrollParameters(LocalDate validFrom, Map<String, String> values) {

    PayrollParameters {
        values = Map.copyOf(values);
    }

    /** {@code BE 2025-02-01}: what a payslip records as the law it applied. */
    String name() {
        return "BE " + validFrom;
    }

    boolean has(String key) {
        String value = values.get(key);
        return value != null && !value.isBlank();
    }

    String text(String key) {
        if (!has(key)) {
            throw problem(key, "no value");
        }
        return values.get(key).strip();
    }

    BigDecimal decimal(String key) {
        return number(key, text(key));
    }

    /** {@code key} when present, else {@code fallback}. */
    BigDecimal decimalOr(String key, BigDecimal fallback) {
        return has(key) ? decimal(key) : fallback;
    }

    /** A comma-separated list of numbers ({@code 612, 1620, 4320}). */
    List<BigDecimal> decimals(String key) {
        List<BigDecimal> list = new ArrayList<>();
        for (String part : text(key).split(",")) {
            list.add(number(key, part.strip()));
        }
        return List.copyOf(list);
    }

    /** A comma-separated list of colon-separated fields ({@code 16310:26.75, *:53.50}), each field stripped. */
    List<String[]> tuples(String key, int fields) {
        List<String[]> list = new ArrayList<>();
        for (String part : text(key).split(",")) {
            String[] tuple = part.strip().split(":");
            if (tuple.length != fields) {
                throw problem(key, "'" + part.strip() + "' is not " + fields + " values separated by ':'");
            }
            for (int i = 0; i < tuple.length; i++) {
                tuple[i] = tuple[i].strip();
            }
            list.add(tuple);
        }
        return List.copyOf(list);
    }

    BigDecimal number(String key, String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw problem(key, "'" + value + "' is not a number");
        }
    }

    Money euros(String key) {
        return Money.parse(text(key), BelgianPayrollRules.EUR);
    }

    private IllegalStateException problem(String key, String what) {
        return new IllegalStateException("Belgian payroll parameters " + validFrom + ", '" + key + "': " + what);
    }
}
