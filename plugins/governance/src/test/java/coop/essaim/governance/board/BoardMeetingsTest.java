package coop.essaim.governance.board;

import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.governance.GovernanceFixture;
import coop.essaim.governance.api.AgendaItem;
import coop.essaim.governance.api.Body;
import coop.essaim.governance.api.BodyKind;
import coop.essaim.governance.api.Decision;
import coop.essaim.governance.api.Meeting;
import coop.essaim.governance.api.MeetingAttendance;
import coop.essaim.governance.internal.Governance;
import coop.essaim.governance.internal.GovernanceSettings;
import coop.essaim.testkit.EssaimTestKit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A board's meetings: who is called (the members in mandate that day, each once), the quorum (half, or the
 * setting), decisions by simple majority recorded append-only with corrections, and the minutes.
 */
class BoardMeetingsTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit();

    private static final LocalDate DAY = LocalDate.of(2032, 4, 8);

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    private Governance g() {
        return fixture.on(DAY);
    }

    private static String field(ValidationException e) {
        return e.errors().get(0).field();
    }

    /** A board of {@code count} members in mandate on {@link #DAY}, the first also its president. */
    private Body board(String name, int count, List<Person> out) {
        Body b = g().bodies().create(fixture.admin(), BodyKind.BOARD, name);
        for (int i = 0; i < count; i++) {
            Person p = fixture.person(PersonKind.MEMBER, "Membre" + i, name);
            g().bodies().appoint(fixture.admin(), b.id(), p.id(), "administrateur", DAY.minusYears(1), null);
            out.add(p);
        }
        g().bodies().appoint(fixture.admin(), b.id(), out.get(0).id(), "président", DAY.minusMonths(1), null);
        return b;
    }

    @Test
    void theMembersInMandateThatDayAreCalledEachOnceAndHalfOfThemMakeTheQuorum() {
        List<Person> m = new ArrayList<>();
        Body b = board("Conseil du quorum", 6, m);
        Person gone = fixture.person(PersonKind.MEMBER, "Parti", "Avant");
        g().bodies().appoint(fixture.admin(), b.id(), gone.id(), "administrateur", DAY.minusYears(2),
                DAY.minusDays(1));
        Meeting meeting = g().meetings().create(fixture.admin(), b.id(), DAY, "Salle du conseil",
                List.of("Comptes de l'exercice", " ", "Candidatures"));
        assertEquals(List.of(1, 2), g().meetings().items(fixture.admin(), meeting.id()).stream()
                .map(AgendaItem::position).toList(), "a blank line is no item");
        List<MeetingAttendance> called = g().meetings().attendance(fixture.admin(), meeting.id());
        assertEquals(6, called.size(), "the president counts once, the one whose mandate ended not at all");
        assertEquals(List.of("administrateur", "président"), called.get(0).roles());
        assertEquals("personId", field(assertThrows(ValidationException.class, () -> g().meetings().attend(
                fixture.admin(), meeting.id(), gone.id(), true))));

        for (int i = 0; i < 2; i++) {
            g().meetings().attend(fixture.admin(), meeting.id(), m.get(i).id(), true);
        }
        assertFalse(g().meetings().quorum(fixture.admin(), meeting.id()).reached(), "2 of 6");
        g().meetings().attend(fixture.admin(), meeting.id(), m.get(2).id(), true);
        assertTrue(g().meetings().quorum(fixture.admin(), meeting.id()).reached(), "3 of 6 is half");
        g().meetings().attend(fixture.admin(), meeting.id(), m.get(2).id(), false);
        assertEquals(2, g().meetings().quorum(fixture.admin(), meeting.id()).present(), "noted absent again");

        CooperativeSettings settings = essaim.service(CooperativeSettings.class);
        settings.change(fixture.admin(), GovernanceSettings.BOARD_QUORUM, "30");
        try {
            assertEquals(30, g().meetings().quorum(fixture.admin(), meeting.id()).percentNeeded());
            assertTrue(g().meetings().quorum(fixture.admin(), meeting.id()).reached(), "2 of 6 is above 30 %");
        } finally {
            settings.reset(fixture.admin(), GovernanceSettings.BOARD_QUORUM);
        }
    }

    @Test
    void aDecisionNeedsTheQuorumAndNoMoreVotesThanPresentAndIsAdoptedBySimpleMajority() {
        List<Person> m = new ArrayList<>();
        Body b = board("Conseil des décisions", 4, m);
        Meeting meeting = g().meetings().create(fixture.admin(), b.id(), DAY, "Salle du conseil",
                List.of("Budget", "Local"));
        long budget = g().meetings().items(fixture.admin(), meeting.id()).get(0).id();
        g().meetings().attend(fixture.admin(), meeting.id(), m.get(0).id(), true);
        assertEquals("quorum", field(assertThrows(ValidationException.class, () -> g().meetings().decide(
                fixture.admin(), meeting.id(), budget, "Budget adopté", 1, 0, 0, null))));
        g().meetings().attend(fixture.admin(), meeting.id(), m.get(1).id(), true);
        g().meetings().attend(fixture.admin(), meeting.id(), m.get(2).id(), true);
        assertEquals("for", field(assertThrows(ValidationException.class, () -> g().meetings().decide(
                fixture.admin(), meeting.id(), budget, "Budget adopté", 3, 1, 0, null))), "4 votes, 3 present");
        assertEquals("for", field(assertThrows(ValidationException.class, () -> g().meetings().decide(
                fixture.admin(), meeting.id(), budget, "Budget adopté", 0, 0, 0, null))));
        assertEquals("for", field(assertThrows(ValidationException.class, () -> g().meetings().decide(
                fixture.admin(), meeting.id(), budget, "Budget adopté", -1, 0, 0, null))));
        assertEquals("text", field(assertThrows(ValidationException.class, () -> g().meetings().decide(
                fixture.admin(), meeting.id(), budget, " ", 1, 0, 0, null))));
        assertEquals("itemId", field(assertThrows(ValidationException.class, () -> g().meetings().decide(
                fixture.admin(), meeting.id(), 999_999, "Budget", 1, 0, 0, null))));
        assertEquals(List.of(), g().meetings().decisions(fixture.admin(), meeting.id()), "refusals record nothing");

        assertTrue(g().meetings().decide(fixture.admin(), meeting.id(), budget, "Budget adopté", 2, 1, 0, null)
                .adopted());
        assertFalse(g().meetings().decide(fixture.admin(), meeting.id(), budget, "Nouvel emprunt", 1, 1, 1, null)
                .adopted(), "a tie is not a majority");
        assertTrue(g().meetings().decide(fixture.admin(), meeting.id(), budget, "Subvention", 1, 0, 2, null)
                .adopted(), "abstentions are not votes cast");
    }

    @Test
    void aCorrectionSupersedesADecisionWhichStaysAndIsCorrectedOnlyOnce() throws IOException {
        List<Person> m = new ArrayList<>();
        Body b = board("Conseil des corrections", 2, m);
        Meeting meeting = g().meetings().create(fixture.admin(), b.id(), DAY, "Visioconférence",
                List.of("Candidature de Zoé Martin", "Questions diverses"));
        List<AgendaItem> items = g().meetings().items(fixture.admin(), meeting.id());
        g().meetings().attend(fixture.admin(), meeting.id(), m.get(0).id(), true);
        g().meetings().attend(fixture.admin(), meeting.id(), m.get(1).id(), true);
        Decision first = g().meetings().decide(fixture.admin(), meeting.id(), items.get(0).id(),
                "Avis défavorable à la candidature", 0, 2, 0, null);
        assertEquals("itemId", field(assertThrows(ValidationException.class, () -> g().meetings().decide(
                fixture.admin(), meeting.id(), items.get(1).id(), "Avis favorable", 2, 0, 0, first.id()))));
        Decision fixed = g().meetings().decide(fixture.admin(), meeting.id(), items.get(0).id(),
                "Avis favorable à la candidature (erreur de saisie)", 2, 0, 0, first.id());
        assertEquals(first.id(), fixed.supersedesId());
        assertEquals("supersedesId", field(assertThrows(ValidationException.class, () -> g().meetings().decide(
                fixture.admin(), meeting.id(), items.get(0).id(), "Encore", 2, 0, 0, first.id()))));
        List<Decision> all = g().meetings().decisions(fixture.admin(), meeting.id());
        assertEquals(2, all.size(), "the superseded decision is kept");
        assertEquals(fixed.id(), all.get(0).supersededById());
        assertEquals("Avis défavorable à la candidature", all.get(0).text(), "and never changed");
        assertNull(all.get(1).supersededById());

        String text = text(g().meetingMinutes().pdf(fixture.admin(), meeting.id()));
        assertTrue(text.contains("Procès-verbal"), text);
        assertTrue(text.contains("Conseil des corrections"), text);
        assertTrue(text.contains("Visioconférence"), text);
        assertTrue(text.contains("2 membres présents sur 2"), text);
        assertTrue(text.contains("Point 1 : Candidature de Zoé Martin"), text);
        assertTrue(text.contains("Avis favorable à la candidature (erreur de saisie)"), text);
        assertTrue(text.contains("remplace la décision n° " + first.id()), text);
        assertFalse(text.contains("Avis défavorable"), "only the standing decision is in the minutes");
        assertTrue(text.contains("Aucune décision."), "the second item has none");
    }

    @Test
    void aMeetingToComeRecordsNothingAndOnlyTheKeepersReachMeetings() {
        List<Person> m = new ArrayList<>();
        Body b = board("Conseil à venir", 2, m);
        Meeting later = g().meetings().create(fixture.admin(), b.id(), DAY.plusDays(10), "Salle du conseil",
                List.of("Budget"));
        assertEquals("heldOn", field(assertThrows(ValidationException.class, () -> g().meetings().attend(
                fixture.admin(), later.id(), m.get(0).id(), true))));
        assertEquals("agenda", field(assertThrows(ValidationException.class, () -> g().meetings().create(
                fixture.admin(), b.id(), DAY, "Salle", List.of(" ")))));
        assertEquals("place", field(assertThrows(ValidationException.class, () -> g().meetings().create(
                fixture.admin(), b.id(), DAY, "", List.of("Budget")))));
        assertEquals(List.of(later), g().meetings().meetings(fixture.admin(), b.id()));

        assertThrows(AccessDeniedException.class, () -> g().meetings().meetings(fixture.jeanne(), b.id()));
        assertThrows(AccessDeniedException.class, () -> g().meetings().create(fixture.jeanne(), b.id(), DAY, "x",
                List.of("x")));
        UserContext admin = fixture.admin();
        UserContext elsewhere = new UserContext(admin.userId(), admin.login(), admin.displayName(),
                admin.cooperativeId() + 1000, admin.roles(), admin.permissions(), admin.locale());
        assertTrue(g().meetings().find(elsewhere, later.id()).isEmpty());
        assertEquals("meetingId", field(assertThrows(ValidationException.class,
                () -> g().meetings().items(elsewhere, later.id()))));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
