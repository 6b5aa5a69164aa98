package coop.essaim.governance.assembly;

import coop.essaim.api.people.People;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.governance.GovernanceFixture;
import coop.essaim.governance.api.Assembly;
import coop.essaim.governance.api.AssemblyKind;
import coop.essaim.governance.api.Attendance;
import coop.essaim.governance.api.Majority;
import coop.essaim.governance.internal.Governance;
import coop.essaim.governance.internal.assembly.AssemblyDocuments;
import coop.essaim.governance.internal.assembly.Convocation;
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
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The convocation mailed through a real SMTP server (GreenMail) by the core's mail API: each associate called who
 * has an address receives it once, with the agenda and the resolutions in the body and the PDF attached; a second
 * sending needs an explicit resend.
 */
class ConvocationTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit().withWeb();

    private static final String AGENDA = "1. Approbation des comptes 2026\n2. Modification des statuts";
    private static final String ACCOUNTS = "Approbation des comptes de l’exercice 2026";
    private static final String STATUTES = "Modification de l’article 12 des statuts";

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

    private Governance g(LocalDate day) {
        return fixture.on(day);
    }

    private Assembly assembly(LocalDate day) {
        Governance g = g(day);
        Assembly a = g.assemblies().create(fixture.admin(), AssemblyKind.ORDINARY, day, "Maison des coopératives",
                AGENDA);
        g.assemblies().addResolution(fixture.admin(), a.id(), ACCOUNTS, Majority.SIMPLE, false);
        g.assemblies().addResolution(fixture.admin(), a.id(), STATUTES, Majority.TWO_THIRDS, true);
        return a;
    }

    /** The addresses of the associates the assembly calls, from their person files. */
    private List<String> addresses(Governance g, Assembly a) {
        People people = essaim.service(People.class);
        List<String> out = new ArrayList<>();
        for (Attendance x : g.assemblies().attendance(fixture.admin(), a.id())) {
            Optional.ofNullable(people.find(fixture.admin(), x.personId()).orElseThrow().details().email())
                    .filter(e -> !e.isBlank()).ifPresent(out::add);
        }
        return out;
    }

    @Test
    void eachAssociateCalledWithAnAddressReceivesTheConvocationWithThePdfOnce() throws Exception {
        LocalDate day = LocalDate.of(2027, 4, 10);
        Governance g = g(day.minusDays(20));
        Assembly a = assembly(day);
        int called = g.assemblies().attendance(fixture.admin(), a.id()).size();
        List<String> expected = addresses(g, a);
        assertTrue(expected.size() >= 2, "the demo's associates have addresses: " + expected);
        assertTrue(expected.size() < called, "some associates have none");
        assertThrows(AccessDeniedException.class, () -> g.convocations().send(fixture.jeanne(), a.id(), false));

        Convocation sent = g.convocations().send(fixture.admin(), a.id(), false);
        assertEquals(expected.size(), sent.recipients());
        assertEquals(called - expected.size(), sent.withoutAddress());
        assertFalse(sent.resend());
        List<MimeMessage> received = mailbox.received();
        assertEquals(expected.size(), received.size(), "one mail each");
        List<String> to = new ArrayList<>();
        for (MimeMessage m : received) {
            Arrays.stream(m.getAllRecipients()).map(Object::toString).forEach(to::add);
            assertEquals("Convocation : assemblée générale ordinaire du 10 avril 2027", m.getSubject());
            String text = TestMailbox.text(m);
            assertTrue(text.contains("1. Approbation des comptes 2026"), text);
            assertTrue(text.contains("1. " + ACCOUNTS + " (majorité simple)"), text);
            assertTrue(text.contains("2. " + STATUTES + " (majorité des deux tiers, bulletin secret)"), text);
            assertTrue(text.contains("Maison des coopératives"), text);
            byte[] pdf = TestMailbox.pdfAttachment(m, AssemblyDocuments.convocationFileName(a.id()));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String printed = new PDFTextStripper().getText(doc);
                assertTrue(printed.contains("Convocation"), printed);
                assertTrue(printed.contains(STATUTES), printed);
                assertTrue(printed.contains("2. Modification des statuts"), printed);
            }
        }
        assertEquals(expected.stream().sorted().toList(), to.stream().sorted().toList());

        ValidationException twice = assertThrows(ValidationException.class,
                () -> g.convocations().send(fixture.admin(), a.id(), false));
        assertEquals("resend", twice.errors().get(0).field());
        assertEquals(expected.size(), mailbox.received().size(), "nothing sent twice by mistake");
        assertEquals(1, g.convocations().sendings(fixture.admin(), a.id()).size());

        Convocation again = g.convocations().send(fixture.admin(), a.id(), true);
        assertTrue(again.resend());
        assertEquals(2 * expected.size(), mailbox.received().size());
        assertEquals(2, g.convocations().sendings(fixture.admin(), a.id()).size());
    }

    @Test
    void theSecretarySendsItFromThePageAndASecondClickIsRefusedNamingTheField() {
        LocalDate day = LocalDate.of(2027, 5, 20);
        Assembly a = assembly(day);
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(coop.essaim.governance.ui.AssembliesPage.class);
        tester.assertContains("pas encore envoyée");
        tester.startPage(coop.essaim.governance.ui.AssemblyPage.class,
                new org.apache.wicket.request.mapper.parameter.PageParameters().set("id", a.id()));
        tester.assertContains("pas encore envoyée");
        tester.newFormTester("convokeForm").submit();
        tester.assertNoErrorMessage();
        int count = mailbox.received().size();
        assertTrue(count > 0);
        tester.assertContains("envoyée le .* à " + count + " associés");
        FormTester second = tester.newFormTester("convokeForm");
        second.submit();
        assertTrue(tester.getMessages(org.apache.wicket.feedback.FeedbackMessage.ERROR).get(0).toString()
                .startsWith("Envoyer à nouveau : la convocation a été envoyée le "));
        assertEquals(count, mailbox.received().size());
        FormTester resend = tester.newFormTester("convokeForm");
        resend.setValue("resend", true);
        resend.submit();
        tester.assertNoErrorMessage();
        assertEquals(2 * count, mailbox.received().size());
    }

}
