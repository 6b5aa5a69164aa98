package coop.essaim.accompaniment.internal.calendar;

import coop.essaim.accompaniment.api.Appointment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes appointments as an iCalendar object (RFC 5545, https://www.rfc-editor.org/rfc/rfc5545): CRLF line ends
 * (3.1), lines folded at 75 octets without cutting a UTF-8 character (3.1), TEXT values escaped (3.3.11:
 * backslash, semicolon, comma, newline), times in UTC (3.3.5, form 2) from the cooperative's zone so no
 * VTIMEZONE is needed, one VEVENT per appointment with a UID stable across exports (3.8.4.7) and a SEQUENCE that
 * follows the record's changes. Private notes are never written: a calendar leaves Essaim for third-party apps.
 * Written here rather than with a library so the plugin jar needs nothing more in either host; the tests parse
 * the output back with ical4j.
 */
public final class ICalendarWriter {

    static final String PRODID = "-//Essaim//Accompaniment//FR";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** What an event shows besides the appointment's own fields, in the reader's language. */
    public record Event(Appointment appointment, String summary, String location, String description) {
    }

    private final ZoneId zone;
    private final String host;

    /** {@code host}: the right-hand side of the UIDs, unique to the installation and cooperative. */
    public ICalendarWriter(ZoneId zone, String host) {
        this.zone = zone;
        this.host = host;
    }

    public String write(String calendarName, List<Event> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + PRODID);
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        for (Event e : events) {
            Appointment a = e.appointment();
            line(out, "BEGIN:VEVENT");
            line(out, "UID:appointment-" + a.id() + "@" + host);
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + utc(a.start()));
            line(out, "DTEND:" + utc(a.end()));
            line(out, "LAST-MODIFIED:" + UTC.format(a.updatedAt()));
            // increases with each change, so subscribed calendars take the new version (RFC 5545, 3.8.7.4)
            line(out, "SEQUENCE:" + Math.max(0, a.updatedAt().getEpochSecond() - a.createdAt().getEpochSecond()));
            line(out, "SUMMARY:" + text(e.summary()));
            if (e.location() != null && !e.location().isBlank()) {
                line(out, "LOCATION:" + text(e.location()));
            }
            if (e.description() != null && !e.description().isBlank()) {
                line(out, "DESCRIPTION:" + text(e.description()));
            }
            if (!a.topics().isEmpty()) {
                line(out, "CATEGORIES:" + String.join(",", a.topics().stream().map(ICalendarWriter::text).toList()));
            }
            line(out, "STATUS:CONFIRMED");
            line(out, "TRANSP:OPAQUE");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private String utc(LocalDateTime local) {
        return UTC.format(local.atZone(zone).toInstant());
    }

    /** RFC 5545, 3.3.11: a TEXT value with its special characters escaped; CR dropped, LF written as \n. */
    static String text(String value) {
        StringBuilder sb = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case ';' -> sb.append("\\;");
                case ',' -> sb.append("\\,");
                case '\n' -> sb.append("\\n");
                case '\r' -> { }
                default -> sb.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /** RFC 5545, 3.1: at most 75 octets a line, continued on lines that start with one space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = 74;   // the leading space counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
