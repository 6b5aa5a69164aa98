package coop.essaim.api.ledger;

import java.time.LocalDate;
import java.util.Objects;

/** What to export: the entries of {@code cooperativeId} dated from {@code from} to {@code to} (inclusive, both optional). */
public record JournalExport(long cooperativeId, JournalFormat format, LocalDate from, LocalDate to) {

    public JournalExport {
        Objects.requireNonNull(format, "format");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("export from " + from + " to " + to + ": the end is before the start");
        }
    }

    public static JournalExport all(long cooperativeId, JournalFormat format) {
        return new JournalExport(cooperativeId, format, null, null);
    }
}
