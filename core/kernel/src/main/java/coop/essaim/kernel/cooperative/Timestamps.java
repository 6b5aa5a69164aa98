package coop.essaim.kernel.cooperative;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one place where instants become database TIMESTAMPs and back. Columns hold UTC wall-clock time, so a
 * value does not move with the server's time zone or daylight saving; they are truncated to microseconds
 * because PostgreSQL keeps no more, and a value must read back equal to what was written.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static LocalDateTime toColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    public static Instant fromColumn(LocalDateTime column) {
        return column == null ? null : column.toInstant(ZoneOffset.UTC);
    }

    /** An instant as it will read back from the database. */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
