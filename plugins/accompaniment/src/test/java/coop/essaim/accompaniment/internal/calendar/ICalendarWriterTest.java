package coop.essaim.accompaniment.internal.calendar;

import coop.essaim.accompaniment.api.Appointment;
import coop.essaim.accompaniment.api.AppointmentMode;
import coop.essaim.accompaniment.api.Attendance;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The RFC 5545 text the writer produces, parsed back by ical4j (a maintained iCalendar library). */
class ICalendarWriterTest {

    private static final Instant CREATED = Instant.parse("2027-03-01T08:00:00Z");

    private static Appointment appointment(long id, LocalDateTime start, int minutes) {
        return new Appointment(id, 1, 7, start, minutes, AppointmentMode.ON_SITE, 3L, List.of(2L),
                List.of("prix", "devis; relances"), "jamais écrit", true, "partagé", null, Attendance.EXPECTED,
                CREATED, "conseil", CREATED.plusSeconds(90), "conseil");
    }

    @Test
    void specialCharactersLongLinesAndTimesSurviveAParseByIcal4j() throws Exception {
        String description = "Thèmes : prix, devis; relances\nNotes partagées : revoir la grille de prix \\ tarifs "
                + "de la saison, accents é è à ç œ, et une ligne assez longue pour être repliée au moins deux fois"
                + " par l'écrivain selon la règle des 75 octets.";
        ICalendarWriter writer = new ICalendarWriter(ZoneId.of("Europe/Paris"), "cooperative-1.essaim");
        // 8 March 2027 is before the switch to summer time (28 March): Paris is UTC+1; 29 March is UTC+2
        String ics = writer.write("Rendez-vous de Karim Benali", List.of(
                new ICalendarWriter.Event(appointment(51, LocalDateTime.of(2027, 3, 8, 9, 30), 60),
                        "Rendez-vous : Jeanne Martin (sur place)", "Lyon – Croix-Rousse", description),
                new ICalendarWriter.Event(appointment(52, LocalDateTime.of(2027, 3, 29, 9, 30), 45),
                        "Rendez-vous : Jeanne Martin (sur place)", null, null)), Instant.parse("2027-03-15T10:00:00Z"));

        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
        assertFalse(ics.contains("jamais écrit"), "private notes are never written");

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size());
        VEvent first = events.get(0);
        assertEquals("appointment-51@cooperative-1.essaim", first.getRequiredProperty("UID").getValue());
        assertEquals("20270308T083000Z", first.getRequiredProperty("DTSTART").getValue());
        assertEquals("20270308T093000Z", first.getRequiredProperty("DTEND").getValue());
        assertEquals(description, first.getRequiredProperty("DESCRIPTION").getValue());
        assertEquals("Lyon – Croix-Rousse", first.getRequiredProperty("LOCATION").getValue());
        assertEquals("90", first.getRequiredProperty("SEQUENCE").getValue());
        assertEquals(Instant.parse("2027-03-08T08:30:00Z"), Instant.from(first.getStartDate().orElseThrow().getDate()));
        VEvent second = events.get(1);
        assertEquals("20270329T073000Z", second.getRequiredProperty("DTSTART").getValue());
        assertEquals("20270329T081500Z", second.getRequiredProperty("DTEND").getValue());
        assertTrue(second.getProperty("LOCATION").isEmpty());
    }

    @Test
    void foldingNeverCutsACharacter() {
        StringBuilder out = new StringBuilder();
        String value = "é".repeat(100);
        ICalendarWriter.line(out, "SUMMARY:" + value);
        String unfolded = out.toString().replace("\r\n ", "");
        assertEquals("SUMMARY:" + value + "\r\n", unfolded);
        assertEquals("a\\,b\\;c\\\\d\\ne", ICalendarWriter.text("a,b;c\\d\r\ne"));
    }
}
