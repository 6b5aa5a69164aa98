package coop.essaim.accompaniment.http;

import coop.essaim.accompaniment.AccompanimentFixture;
import coop.essaim.accompaniment.api.AppointmentDraft;
import coop.essaim.accompaniment.api.AppointmentMode;
import coop.essaim.accompaniment.internal.calendar.CalendarFeeds;
import coop.essaim.accompaniment.ui.CalendarPage;
import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An adviser's appointments as iCalendar: the download, and the private feed a calendar app reads without
 * logging in, with its revocable token; parsed back with ical4j.
 */
class CalendarFeedTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AccompanimentFixture.kit().withWeb();

    private final AccompanimentFixture fixture = new AccompanimentFixture(essaim);

    private HttpResponse<String> feed(String token) throws Exception {
        String base = essaim.baseUrl().replaceAll("/+$", "");
        HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/m/accompaniment/feed?token=" + token)).GET()
                .build();
        return HttpClient.newHttpClient().send(get, HttpResponse.BodyHandlers.ofString());
    }

    private static List<VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponents("VEVENT");
    }

    @Test
    void theAdvisersCalendarHoldsTheSharedTextNeverThePrivateNotes() throws Exception {
        UserContext karim = fixture.adviser();
        long id = fixture.accompaniment().appointments().schedule(karim, new AppointmentDraft(
                fixture.jeannePerson().id(), LocalDateTime.of(2027, 3, 8, 9, 30), 60, AppointmentMode.ON_SITE,
                fixture.site("Lyon"), List.of(karim.userId()), List.of("prix", "premier devis"),
                "Doute sur sa capacité à tenir les délais", "Revoir la grille de prix, puis relancer", null)).id();
        String ics = fixture.accompaniment().calendars().calendar(karim, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 14));
        assertFalse(ics.contains("Doute sur sa capacité"));
        VEvent event = events(ics).stream().filter(e -> e.getRequiredProperty("UID").getValue()
                .startsWith("appointment-" + id + "@")).findFirst().orElseThrow();
        assertEquals("Rendez-vous : Jeanne Martin (sur place)", event.getRequiredProperty("SUMMARY").getValue());
        assertEquals("20270308T083000Z", event.getRequiredProperty("DTSTART").getValue());
        assertEquals("Lyon – Croix-Rousse", event.getRequiredProperty("LOCATION").getValue());
        assertEquals("Thèmes : prix, premier devis\nNotes partagées : Revoir la grille de prix, puis relancer",
                event.getRequiredProperty("DESCRIPTION").getValue());
    }

    @Test
    void theFeedAnswersItsTokenUntilRevokedOrReplaced() throws Exception {
        UserContext karim = fixture.adviser();
        LocalDateTime soon = LocalDateTime.now().plusDays(3).withHour(10).withMinute(0).withSecond(0).withNano(0);
        fixture.accompaniment().appointments().schedule(karim, fixture.onSite(fixture.jeannePerson().id(), soon));
        CalendarFeeds feeds = fixture.accompaniment().calendars();
        String token = feeds.issue(karim);

        HttpResponse<String> answered = feed(token);
        assertEquals(200, answered.statusCode(), answered.body());
        assertTrue(answered.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(events(answered.body()).stream().anyMatch(e -> e.getRequiredProperty("SUMMARY").getValue()
                .contains("Jeanne Martin")));
        assertEquals(404, feed("x" + token).statusCode());

        String replacing = feeds.issue(karim);
        assertEquals(404, feed(token).statusCode(), "a new token revokes the previous one");
        assertEquals(200, feed(replacing).statusCode());
        feeds.revoke(karim);
        assertEquals(404, feed(replacing).statusCode());
        assertFalse(feeds.active(karim));
    }

    @Test
    void theWeekPageDownloadsTheCalendarAndShowsANewFeedLinkOnce() throws Exception {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("conseil");
        tester.startPage(CalendarPage.class, new PageParameters().set("week", "2027-03-08"));
        tester.assertContains("Aucun lien d");
        tester.clickLink("issueFeed");
        tester.assertContains("abonnement privé est actif");
        Matcher url = Pattern.compile("feed\\?token=([A-Za-z0-9_-]+)").matcher(tester.getLastResponseAsString());
        assertTrue(url.find(), tester.getLastResponseAsString());
        assertEquals(200, feed(url.group(1)).statusCode());
        tester.startPage(CalendarPage.class, new PageParameters().set("week", "2027-03-08"));
        assertFalse(tester.getLastResponseAsString().contains(url.group(1)), "shown once");

        tester.clickLink("download");
        assertTrue(tester.getLastResponse().getContentType().startsWith("text/calendar"));
        assertTrue(tester.getLastResponse().getDocument().startsWith("BEGIN:VCALENDAR\r\n"));
        tester.startPage(CalendarPage.class, new PageParameters().set("week", "2027-03-08"));
        tester.clickLink("revokeFeed");
        assertEquals(404, feed(url.group(1)).statusCode());
    }
}
