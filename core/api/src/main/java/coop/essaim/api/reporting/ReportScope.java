package coop.essaim.api.reporting;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a report covers: one cooperative, the days from {@code from} to {@code to} inclusive, and one site
 * ({@code establishmentId}) or the whole cooperative (null).
 */
public record ReportScope(long cooperativeId, LocalDate from, LocalDate to, Long establishmentId) {

    public ReportScope {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("report period: " + to + " is before " + from);
        }
    }

    /** The calendar year {@code year}. */
    public static ReportScope year(long cooperativeId, int year, Long establishmentId) {
        return new ReportScope(cooperativeId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), establishmentId);
    }

    /** Whether {@code day} lies in the period. */
    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
