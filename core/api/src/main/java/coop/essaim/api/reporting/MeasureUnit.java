package coop.essaim.api.reporting;

/**
 * What a measure counts, which says how it is shown and compared year on year: a number of people or sites
 * ({@code COUNT}), an amount in the cooperative's currency ({@code MONEY}), a percentage ({@code PERCENT}) or a
 * number of days ({@code DAYS}).
 */
public enum MeasureUnit {
    COUNT, MONEY, PERCENT, DAYS
}
