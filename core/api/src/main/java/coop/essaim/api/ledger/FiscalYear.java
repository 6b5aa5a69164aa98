package coop.essaim.api.ledger;

import java.time.LocalDate;

/**
 * A fiscal year: from {@code start} to {@code end} inclusive, twelve months. {@code year} is the calendar
 * year in which it starts (a year from July 2026 to June 2027 is 2026).
 */
public record FiscalYear(int year, LocalDate start, LocalDate end) {

    /** The fiscal year containing {@code date} for a cooperative whose years start in {@code startMonth} (1-12). */
    public static FiscalYear containing(LocalDate date, int startMonth) {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("fiscal year start month " + startMonth + ": expected 1 to 12");
        }
        LocalDate start = LocalDate.of(date.getYear(), startMonth, 1);
        if (date.isBefore(start)) {
            start = start.minusYears(1);
        }
        return new FiscalYear(start.getYear(), start, start.plusYears(1).minusDays(1));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
