package coop.essaim.api.cooperative;

import java.time.Instant;

/**
 * A cooperative: the tenant every record belongs to, and the legal entity whose books hold every activity.
 * {@code country} is ISO 3166 alpha-2 (it selects the country plugin), {@code currency} ISO 4217,
 * {@code fiscalYearStartMonth} 1-12.
 */
public record Cooperative(long id, String legalName, String shortName, String legalForm, String country,
                          String currency, int fiscalYearStartMonth, String defaultLocale, Instant createdAt) {
}
