package coop.essaim.countryfr.internal.payroll;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One edition of the French payroll parameters: every value in force from {@code validFrom} until the next
 * edition, read from the plugin's resource files (never constants in code). Values are looked up by the keys of
 * those files; a missing or malformed value names its key and the edition.
 */
record PayrollParameters(LocalDate validFrom, Map<String, String> values) {

    PayrollParameters {
        values = Map.copyOf(values);
    }

    /** {@code FR 2025-05-01}: what a payslip records as the law it applied. */
    String name() {
        return "FR " + validFrom;
    }

    String text(String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("French payroll parameters " + validFrom + ": no value for '" + key + "'");
        }
        return value.strip();
    }

    BigDecimal decimal(String key) {
        String value = text(key);
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("French payroll parameters " + validFrom + ": '" + key + "' is not a number: "
                    + value, e);
        }
    }

    int whole(String key) {
        try {
            return decimal(key).intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalStateException("French payroll parameters " + validFrom + ": '" + key
                    + "' is not a whole number", e);
        }
    }

    Money euros(String key) {
        return Money.parse(text(key), FrenchPayrollRules.EUR);
    }

    /** The monthly social security ceiling (plafond mensuel de la sécurité sociale). */
    Money pss() {
        return euros("pss");
    }

    /** {@code key.below} under {@code key.headcount} employees, {@code key.from} at or above. */
    BigDecimal byHeadcount(String key, int headcount) {
        return headcount < whole(key + ".headcount") ? decimal(key + ".below") : decimal(key + ".from");
    }

    /** The rate {@code key.reduced} when the gross is at most {@code key.reducedUpToSmic} SMIC, else {@code key}. */
    BigDecimal bySmicMultiple(String key, Money gross, BigDecimal monthlySmic) {
        BigDecimal threshold = monthlySmic.multiply(decimal(key + ".reducedUpToSmic"));
        return gross.toDecimal().compareTo(threshold) <= 0 ? decimal(key + ".reduced") : decimal(key);
    }
}
