package coop.essaim.reporting.api;

import coop.essaim.api.money.Money;
import coop.essaim.api.reporting.MeasureUnit;
import coop.essaim.api.reporting.ReportMeasures.Status;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The yearly activity report of the cooperative or of one site ({@code establishmentId}, null: the whole
 * cooperative): one row per contributed measure, with its value for each of {@code years} (oldest first, the
 * report's year last) and the mix of the report's year.
 */
public record ActivityReport(int year, Long establishmentId, String siteName, List<Integer> years, List<Row> rows)
        implements Serializable {

    public ActivityReport {
        years = List.copyOf(years);
        rows = List.copyOf(rows);
    }

    /** One measure across the years; {@code cells} in the order of {@code years}. */
    public record Row(String key, String moduleId, String label, MeasureUnit unit, List<Cell> cells,
                      List<Part> parts) implements Serializable {

        public Row {
            cells = List.copyOf(cells);
            parts = List.copyOf(parts);
        }

        public Cell last() {
            return cells.get(cells.size() - 1);
        }

        /** The report's year against the year before: a difference of the same unit (points for a rate). */
        public Change change() {
            if (cells.size() < 2) {
                return Change.NONE;
            }
            Cell now = cells.get(cells.size() - 1);
            Cell before = cells.get(cells.size() - 2);
            if (now.money() != null && before.money() != null) {
                return new Change(null, now.money().minus(before.money()));
            }
            if (now.number() != null && before.number() != null) {
                return new Change(now.number().subtract(before.number()), null);
            }
            return Change.NONE;
        }
    }

    /** A value, or none (a dash) with the reason: withheld from this reader, unavailable, or without value. */
    public record Cell(int year, Status status, BigDecimal number, Money money) implements Serializable {

        public boolean hasValue() {
            return number != null || money != null;
        }
    }

    /** One line of the report year's mix (exits by reason, people by trade or age band). */
    public record Part(String key, String label, long count) implements Serializable {
    }

    public record Change(BigDecimal number, Money money) implements Serializable {

        static final Change NONE = new Change(null, null);
    }
}
