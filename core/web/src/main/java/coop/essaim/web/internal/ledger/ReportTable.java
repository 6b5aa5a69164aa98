package coop.essaim.web.internal.ledger;

import java.io.Serializable;
import java.util.List;

/**
 * A report as a table of cells, the one shape the pages show and the CSV files write: {@code columns} are
 * stable codes (the CSV header; the pages translate them as {@code report.col.<code>}), and a cell is text, an
 * amount (written by whoever renders the table: for the locale on a page, plain in a file) or a key to
 * translate on a page (its code in a file). {@code more}: a paged report has rows on its next page;
 * {@code summaryKey}, when set, what the page says above the table ({@code report.summary.<key>}).
 */
public record ReportTable(List<String> columns, List<Row> rows, boolean more, String summaryKey)
        implements Serializable {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public ReportTable(List<String> columns, List<Row> rows) {
        this(columns, rows, false, null);
    }

    public enum Kind { TEXT, AMOUNT, KEY }

    public record Cell(String text, Kind kind) implements Serializable {

        public static Cell text(String text) {
            return new Cell(text == null ? "" : text, Kind.TEXT);
        }

        public static Cell amount(String text) {
            return new Cell(text, Kind.AMOUNT);
        }

        public static Cell key(String key) {
            return new Cell(key, Kind.KEY);
        }
    }

    /** {@code total}: a subtotal or total row, shown apart. */
    public record Row(List<Cell> cells, boolean total) implements Serializable {

        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(boolean total, Cell... cells) {
            return new Row(List.of(cells), total);
        }
    }
}
