package coop.essaim.governance.board;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.governance.GovernanceFixture;
import coop.essaim.governance.api.Body;
import coop.essaim.governance.api.BodyKind;
import coop.essaim.governance.api.Meeting;
import coop.essaim.governance.internal.Governance;
import coop.essaim.governance.internal.board.MeetingConvocation;
import coop.essaim.governance.internal.board.MeetingConvocations;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import coop.essaim.testkit.TestMailbox;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A body's meeting convened by e-mail through a real SMTP server (GreenMail), by the assemblies' mailing path: each
 * current mandate holder with an address receives it once, the day, place and agenda in the body and the PDF
 * attached; who was convened and who was not is recorded; a second sending needs an explicit resend.
 */
class MeetingConvocationTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit().withWeb();

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    private static final LocalDate HELD_ON = LocalDate.of(2027, 3, 12);

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);
    private TestMailbox mailbox;

    @BeforeEach
    void smtpServer() {
        mailbox = TestMailbox.start(essaim, fixture.admin(), "gouvernance@essaim-demo.example");
    }

    @AfterEach
    void stop() {
        mailbox.close();
    }

    private Governance g() {
        return fixture.on(TODAY);
    }

    private Person member(String given, String email) {
        return fixture.people().create(fixture.admin(), new PersonDetails(PersonKind.MEMBER, given, "Convoqué",
                null, false, email, null, null, null, fixture.people().establishments(fixture.admin()).get(0).id(),
                List.of(), null));
    }

    /** A board of four: two with addresses (one holding two roles), one without, one whose mandate ended. */
    private record Board(Body body, Meeting meeting, Person ana, Person ben, Person cleo, Person dan) {
    }

    private Board board() {
        return board(TODAY, HELD_ON);
    }

    /** As of {@code today}, with a meeting on {@code heldOn}. */
    private Board board(LocalDate today, LocalDate heldOn) {
        Governance g = fixture.on(today);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Body body = g.bodies().create(fixture.admin(), BodyKind.BOARD, "Conseil " + tag);
        Person ana = member("Ana-" + tag, "ana-" + tag + "@example.org");
        Person ben = member("Ben-" + tag, "ben-" + tag + "@example.org");
        Person cleo = member("Cléo-" + tag, null);
        Person dan = member("Dan-" + tag, "dan-" + tag + "@example.org");
        LocalDate from = today.minusYears(1);
        g.bodies().appoint(fixture.admin(), body.id(), ana.id(), "présidente", from, null);
        g.bodies().appoint(fixture.admin(), body.id(), ana.id(), "trésorière", from, null);
        g.bodies().appoint(fixture.admin(), body.id(), ben.id(), "administrateur", from, null);
        g.bodies().appoint(fixture.admin(), body.id(), cleo.id(), "administratrice", from, null);
        g.bodies().appoint(fixture.admin(), body.id(), dan.id(), "administrateur", from, today.minusDays(10));
        Meeting meeting = g.meetings().create(fixture.admin(), body.id(), heldOn, "Salle du conseil",
                List.of("Arrêté des comptes 2026", "Convocation de l’assemblée"));
        return new Board(body, meeting, ana, ben, cleo, dan);
    }

    @Test
    void eachCurrentMemberWithAnAddressReceivesItOnceAndWhoWasConvenedIsRecorded() throws Exception {
        Board b = board();
        MeetingConvocations convocations = g().meetingConvocations();
        assertThrows(AccessDeniedException.class, () -> convocations.send(fixture.jeanne(), b.meeting().id(),
                false));
        assertTrue(convocations.last(fixture.admin(), b.meeting().id()).isEmpty());

        MeetingConvocation sent = convocations.send(fixture.admin(), b.meeting().id(), false);
        assertEquals(2, sent.mailed(), "Ana once for her two roles, Ben; Cléo has no address, Dan's mandate ended");
        assertEquals(List.of(b.ana().id(), b.ben().id(), b.cleo().id()),
                sent.members().stream().map(MeetingConvocation.Convoked::personId).toList());
        assertFalse(sent.members().get(2).mailed());
        assertEquals("admin", sent.sentBy());
        assertEquals(TODAY, sent.sentAt().toLocalDate());
        assertFalse(sent.resend());

        List<MimeMessage> received = mailbox.received();
        assertEquals(2, received.size(), "one mail each");
        List<String> to = new ArrayList<>();
        for (MimeMessage m : received) {
            Arrays.stream(m.getAllRecipients()).map(Object::toString).forEach(to::add);
            assertEquals("Convocation : " + b.body().name() + ", réunion du 12 mars 2027", m.getSubject());
            String text = TestMailbox.text(m);
            assertTrue(text.contains("à la réunion « " + b.body().name() + " » qui se tiendra le 12 mars 2027,"
                    + " Salle du conseil."), text);
            assertTrue(text.contains("Point 1 : Arrêté des comptes 2026"), text);
            assertTrue(text.contains("Point 2 : Convocation de l’assemblée"), text);
            try (PDDocument doc = Loader.loadPDF(TestMailbox.pdfAttachment(m, MeetingConvocations.fileName(b.meeting().id())))) {
                String printed = new PDFTextStripper().getText(doc);
                assertTrue(printed.contains("Convocation"), printed);
                assertTrue(printed.contains("Arrêté des comptes 2026"), printed);
            }
        }
        assertEquals(List.of(b.ana().details().email(), b.ben().details().email()), to.stream().sorted().toList());

        ValidationException twice = assertThrows(ValidationException.class,
                () -> convocations.send(fixture.admin(), b.meeting().id(), false));
        assertEquals("resend", twice.errors().get(0).field());
        assertEquals(2, mailbox.received().size(), "nothing sent twice by mistake");

        MeetingConvocation again = convocations.send(fixture.admin(), b.meeting().id(), true);
        assertTrue(again.resend());
        assertEquals(4, mailbox.received().size());
        assertEquals(2, convocations.sendings(fixture.admin(), b.meeting().id()).size());
    }

    @Test
    void aBodyWithoutAddressesOrAPastMeetingIsRefusedAndNothingIsSent() {
        Body empty = g().bodies().create(fixture.admin(), BodyKind.COMMISSION, "Commission sans membre");
        Meeting none = g().meetings().create(fixture.admin(), empty.id(), HELD_ON, "Salle", List.of("Point"));
        assertEquals("recipients", assertThrows(ValidationException.class, () -> g().meetingConvocations()
                .send(fixture.admin(), none.id(), false)).errors().get(0).field());
        Person eve = member("Ève", null);
        g().bodies().appoint(fixture.admin(), empty.id(), eve.id(), "membre", TODAY.minusDays(1), null);
        assertEquals("recipients", assertThrows(ValidationException.class, () -> g().meetingConvocations()
                .send(fixture.admin(), none.id(), false)).errors().get(0).field(), "no one has an address");
        Board b = board();
        assertEquals("heldOn", assertThrows(ValidationException.class, () -> fixture.on(HELD_ON.plusDays(1))
                .meetingConvocations().send(fixture.admin(), b.meeting().id(), false)).errors().get(0).field());
        assertEquals(0, mailbox.received().size());
        assertTrue(g().meetingConvocations().sendings(fixture.admin(), none.id()).isEmpty());
    }

    @Test
    void theSecretaryConvenesFromTheMeetingPageAndTheRouteShowsTheSendings() throws Exception {
        // the page runs on the real clock: a board as of today, meeting in a month
        Board b = board(LocalDate.now(), LocalDate.now().plusMonths(1));
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(coop.essaim.governance.ui.MeetingPage.class,
                new org.apache.wicket.request.mapper.parameter.PageParameters().set("id", b.meeting().id()));
        tester.assertContains("pas encore envoyée");
        tester.assertInvisible("convokedList");
        tester.newFormTester("convokeForm").submit();
        tester.assertNoErrorMessage();
        assertEquals(2, mailbox.received().size());
        tester.assertContains("envoyée le .* par admin : 2 membres par e-mail, 1 sans adresse e-mail");
        tester.assertContains(b.cleo().displayName() + "</span> · <span>pas d’adresse e-mail");
        tester.assertContains(b.ana().displayName() + "</span> · <span>e-mail envoyé");
        tester.newFormTester("convokeForm").submit();
        assertTrue(tester.getMessages(org.apache.wicket.feedback.FeedbackMessage.ERROR).get(0).toString()
                .startsWith("Envoyer à nouveau : la convocation a été envoyée le "));
        assertEquals(2, mailbox.received().size());
        FormTester resend = tester.newFormTester("convokeForm");
        resend.setValue("resend", true);
        resend.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("\\(nouvel envoi\\)");
        assertEquals(4, mailbox.received().size());

        ApiClient api = new ApiClient(essaim.baseUrl(), "governance");
        String admin = api.token("admin");
        JsonNode detail = api.ok(api.get(admin, "meetings/" + b.meeting().id()), 200);
        assertEquals(2, detail.get("convocations").size());
        assertTrue(detail.get("convocations").get(0).get("resend").asBoolean());
        assertEquals(3, detail.get("convocations").get(0).get("members").size());
        JsonNode refused = api.problem(api.send(admin, "POST", "meetings/" + b.meeting().id() + "/convocation",
                "{}"), 422);
        assertTrue(ApiClient.fieldError(refused, "resend") != null);
        assertEquals(403, api.send(api.token("jeanne"), "POST", "meetings/" + b.meeting().id() + "/convocation",
                "{}").statusCode());
    }

}
