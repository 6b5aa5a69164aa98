package coop.essaim.api.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A VAT rate of a country, valid from {@code validFrom} until {@code validTo} (inclusive, {@code null} while in
 * force). {@code code} is stable and stored with each line ({@code FR-20}, {@code FR-5.5}, {@code FR-EXEMPT-293B});
 * {@code percent} is the rate ({@code 20}, {@code 5.5}; {@code 0} unless the category charges VAT).
 * {@code collectedAccount} and {@code deductibleAccount} are the chart's accounts for the VAT on sales and on
 * purchases. {@code exemptionNote} is the legal text an invoice must carry when no VAT is charged (the country's
 * language, as the law writes it), {@code null} for a category that charges VAT.
 */
public record VatRate(String code, VatCategory category, BigDecimal percent, LocalDate validFrom, LocalDate validTo,
                      String collectedAccount, String deductibleAccount, String exemptionNote) {

    public VatRate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(validFrom, "validFrom");
        if (percent.signum() < 0 || (!category.chargesVat() && percent.signum() != 0)) {
            throw new IllegalArgumentException("VAT rate " + code + ": " + percent + " % for category " + category);
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("VAT rate " + code + " ends before it starts");
        }
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
