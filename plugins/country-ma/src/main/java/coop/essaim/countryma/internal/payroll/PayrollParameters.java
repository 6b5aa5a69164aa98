package coop.essaim.countryma.internal.payroll;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One edition of the Moroccan payroll parameters: every value in force from {@code validFrom} until the next
 * edition, read from the plugin's resource files (never constants in code). Values are looked up by the keys of
 * those files; a missing or malformed value names its key and the edition.
 */
record PayrollParameters(LocalDate validFrom, Map<String, String> values) {

    PayrollParameters {
        values = Map.copyOf(values);
    }

    /** {@code MA 2025-01-01}: what a payslip records as the law it applied. */
    String name() {
        return MoroccanPayrollRules.COUNTRY + " " + validFrom;
    }

    String text(String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Moroccan payroll parameters " + validFrom + ": no value for '" + key
                    + "'");
        }
        return value.strip();
    }

    BigDecimal decimal(String key) {
        String value = text(key);
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Moroccan payroll parameters " + validFrom + ": '" + key
                    + "' is not a number: " + value, e);
        }
    }

    int whole(String key) {
        try {
            return decimal(key).intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalStateException("Moroccan payroll parameters " + validFrom + ": '" + key
                    + "' is not a whole number", e);
        }
    }

    Money dirhams(String key) {
        try {
            return Money.parse(text(key), MoroccanPayrollRules.MAD);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Moroccan payroll parameters " + validFrom + ": '" + key + "': "
                    + e.getMessage(), e);
        }
    }
}
