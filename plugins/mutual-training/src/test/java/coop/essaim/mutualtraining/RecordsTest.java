package coop.essaim.mutualtraining;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.mutualtraining.api.Offer;
import coop.essaim.mutualtraining.api.Session;
import coop.essaim.mutualtraining.internal.MutualTraining;
import coop.essaim.mutualtraining.internal.catalogue.Catalogue;
import coop.essaim.mutualtraining.internal.session.Sessions;
import coop.essaim.testkit.EssaimTestKit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static coop.essaim.mutualtraining.TrainingFixture.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue, sessions, attendance, hours, certificates and the yearly export, on the real core. */
class RecordsTest {

    @RegisterExtension
    static final EssaimTestKit essaim = TrainingFixture.kit();

    private final TrainingFixture fixture = new TrainingFixture(essaim);

    @Test
    void anOfferIsPublishedAfterReviewAndFoundByTradeTopicAndSite() {
        MutualTraining mt = fixture.on(TrainingFixture.year(20));
        Offer offer = mt.catalogue().offer(fixture.jeanne(), new Catalogue.NewOffer("Patronage de base", "couture",
                "Lyon", "BEGINNER", "WORKSHOP", new BigDecimal("3.5"), eur("0.00"), "Tracer un patron simple"));
        assertEquals("PROPOSED", offer.status());
        assertTrue(mt.catalogue().search(fixture.adviser(), "couture", null, null).stream()
                .noneMatch(o -> o.id() == offer.id()), "not published before review");
        assertTrue(mt.catalogue().find(fixture.adviser(), offer.id()).isEmpty() || fixture.adviser()
                .can(coop.essaim.mutualtraining.api.MutualTrainingPermissions.REVIEW));
        assertThrows(AccessDeniedException.class, () -> mt.catalogue().review(fixture.jeanne(), offer.id(), true,
                null));
        ValidationException noNote = assertThrows(ValidationException.class, () -> mt.catalogue()
                .review(fixture.admin(), offer.id(), false, " "));
        assertEquals("reviewNote", noNote.errors().get(0).field());
        mt.catalogue().review(fixture.admin(), offer.id(), true, null);
        assertTrue(mt.catalogue().search(fixture.accountant(), "COUT", "patron", "lyon").stream()
                .anyMatch(o -> o.id() == offer.id()));
        assertTrue(mt.catalogue().search(fixture.accountant(), null, null, "Villeurbanne").stream()
                .noneMatch(o -> o.id() == offer.id()));
        ValidationException bad = assertThrows(ValidationException.class, () -> mt.catalogue().offer(
                fixture.jeanne(), new Catalogue.NewOffer(" ", null, null, "EXPERT", "PODCAST", BigDecimal.ZERO,
                        eur("-1.00"), null)));
        assertEquals(List.of("topic", "level", "format", "durationHours", "price"), bad.errors().stream()
                .map(ValidationException.FieldError::field).toList());
    }

    @Test
    void hoursCertificatesAndTheExportCountThePresentAttendeesOnly() throws IOException {
        LocalDate day = TrainingFixture.year(21);
        MutualTraining mt = fixture.on(day);
        long karim = fixture.adviser().userId();
        long lucie = fixture.accountant().userId();
        Map<Long, Boolean> attendees = new LinkedHashMap<>();
        attendees.put(karim, true);
        attendees.put(lucie, false);
        Session first = mt.sessions().record(fixture.jeanne(), new Sessions.NewSession(null, "Couture : les bases",
                day.minusDays(30), new BigDecimal("3.5"), "Lyon", attendees));
        Session second = mt.sessions().record(fixture.jeanne(), new Sessions.NewSession(null, "Couture : finitions",
                day, new BigDecimal("2"), "Lyon", Map.of(karim, true, lucie, true)));
        assertEquals("CONTRIBUTED", first.payment());

        Sessions.Hours hours = mt.sessions().hours(fixture.adviser(), karim, day.getYear());
        assertEquals(2, hours.sessions());
        assertEquals(0, new BigDecimal("5.5").compareTo(hours.hours()));
        assertEquals(0, new BigDecimal("2").compareTo(mt.sessions().hours(fixture.admin(), lucie, day.getYear())
                .hours()), "absent from the first session");

        List<String> lines = mt.certificates().lines(fixture.adviser(), karim, day.getYear());
        assertTrue(lines.stream().anyMatch(l -> l.contains("Couture : les bases") && l.contains("3.5")), lines
                .toString());
        assertTrue(lines.get(lines.size() - 1).contains("5.5"), lines.toString());
        try (PDDocument pdf = Loader.loadPDF(mt.certificates().pdf(fixture.adviser(), karim, day.getYear()))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Couture : finitions"), text);
            assertTrue(text.contains("Karim Benali"), text);
        }
        ValidationException none = assertThrows(ValidationException.class, () -> mt.certificates()
                .pdf(fixture.adviser(), karim, day.getYear() + 1));
        assertEquals("year", none.errors().get(0).field());

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(mt.sessions().export(fixture.admin(), day.getYear()))).getRecords();
        List<CSVRecord> ofThisTest = rows.stream().filter(r -> r.get(1).startsWith("Couture :")).toList();
        assertEquals(4, ofThisTest.size());
        String firstDay = first.heldOn().toString();
        assertEquals(List.of("0.00", "3.50"), ofThisTest.stream().filter(r -> r.get(0).equals(firstDay))
                .map(r -> r.get(6)).sorted().toList());
        assertTrue(rows.stream().anyMatch(r -> r.get(4).equals("Karim Benali") && r.get(6).equals("5.50")
                && !r.get(1).startsWith("Couture")), "the year's total line");

        assertEquals(2, mt.sessions().find(fixture.jeanne(), second.id()).orElseThrow().attendees().size(),
                "the trainer sees the session's attendees");
        assertEquals(List.of(lucie), mt.sessions().find(fixture.accountant(), second.id()).orElseThrow().attendees()
                .stream().map(Session.Attendee::memberUserId).toList(), "an attendee sees only their own line");
        assertTrue(mt.sessions().find(fixture.committee(), second.id()).isEmpty(), "not theirs: not found");
        assertThrows(AccessDeniedException.class, () -> mt.sessions().hours(fixture.jeanne(), karim, day.getYear()));
        assertThrows(AccessDeniedException.class, () -> mt.certificates().pdf(fixture.jeanne(), karim,
                day.getYear()));
        assertThrows(AccessDeniedException.class, () -> mt.sessions().export(fixture.jeanne(), day.getYear()));
    }

    @Test
    void anAttendeeEvaluatesASessionTheyAttendedAndBadSessionsAreRefused() {
        LocalDate day = TrainingFixture.year(22);
        MutualTraining mt = fixture.on(day);
        long karim = fixture.adviser().userId();
        long lucie = fixture.accountant().userId();
        Session s = mt.sessions().record(fixture.jeanne(), new Sessions.NewSession(null, "Broderie", day,
                new BigDecimal("2"), null, Map.of(karim, true, lucie, false)));
        mt.sessions().evaluate(fixture.adviser(), s.id(), 5, "Très clair");
        assertEquals(5, mt.sessions().find(fixture.jeanne(), s.id()).orElseThrow().attendees().stream()
                .filter(a -> a.memberUserId() == karim).findFirst().orElseThrow().evaluation());
        ValidationException absent = assertThrows(ValidationException.class, () -> mt.sessions()
                .evaluate(fixture.accountant(), s.id(), 4, null));
        assertEquals("sessionId", absent.errors().get(0).field());
        ValidationException rating = assertThrows(ValidationException.class, () -> mt.sessions()
                .evaluate(fixture.adviser(), s.id(), 6, null));
        assertEquals("evaluation", rating.errors().get(0).field());
        ValidationException bad = assertThrows(ValidationException.class, () -> mt.sessions().record(
                fixture.jeanne(), new Sessions.NewSession(null, " ", day.plusDays(1), new BigDecimal("30"), null,
                        Map.of(fixture.jeanne().userId(), true))));
        assertEquals(List.of("title", "heldOn", "hours", "attendees"), bad.errors().stream()
                .map(ValidationException.FieldError::field).toList());
        assertTrue(mt.sessions().given(fixture.jeanne()).stream().noneMatch(x -> x.title().isBlank()));
    }
}
