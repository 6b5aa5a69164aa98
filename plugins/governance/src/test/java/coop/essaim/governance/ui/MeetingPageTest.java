package coop.essaim.governance.ui;

import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.governance.GovernanceFixture;
import coop.essaim.governance.api.Body;
import coop.essaim.governance.api.BodyKind;
import coop.essaim.governance.api.Decision;
import coop.essaim.governance.api.Meeting;
import coop.essaim.governance.internal.Governance;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import coop.essaim.web.internal.pages.ForbiddenPage;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A board meeting's page as the administrator records it: attendance, quorum, a decision and its correction. */
class MeetingPageTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit().withWeb();

    private static final LocalDate TODAY = LocalDate.now();

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    private Governance g() {
        return fixture.on(TODAY);
    }

    @Test
    void theSecretaryCreatesAMeetingNotesAttendanceRecordsAndCorrectsADecision() {
        Body board = g().bodies().create(fixture.admin(), BodyKind.BOARD, "Conseil de la page");
        Person kim = fixture.person(PersonKind.MEMBER, "Kim", "Séance");
        Person lou = fixture.person(PersonKind.MEMBER, "Lou", "Séance");
        g().bodies().appoint(fixture.admin(), board.id(), kim.id(), "présidente", TODAY.minusYears(1), null);
        g().bodies().appoint(fixture.admin(), board.id(), lou.id(), "administrateur", TODAY.minusYears(1), null);

        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(BodyPage.class, BodyPageBase.of(board.id()));
        FormTester noAgenda = tester.newFormTester("meetingForm");
        noAgenda.setValue("heldOn", TODAY.toString());
        noAgenda.setValue("place", "Salle du conseil");
        noAgenda.setValue("agenda", "");
        noAgenda.submit();
        tester.assertErrorMessages("Ordre du jour (un point par ligne) : au moins un point à l’ordre du jour");
        assertEquals(List.of(), g().meetings().meetings(fixture.admin(), board.id()));
        FormTester create = tester.newFormTester("meetingForm");
        create.setValue("heldOn", TODAY.toString());
        create.setValue("place", "Salle du conseil");
        create.setValue("agenda", "Budget de l’année\nCandidatures");
        create.submit();
        tester.assertNoErrorMessage();
        tester.assertRenderedPage(MeetingPage.class);
        tester.assertContains("Candidatures");
        tester.assertContains("0 présents sur 2 membres ; il en faut 50 %");
        Meeting meeting = g().meetings().meetings(fixture.admin(), board.id()).get(0);
        long budget = g().meetings().items(fixture.admin(), meeting.id()).get(0).id();

        FormTester early = tester.newFormTester("decisionForm");
        early.select("itemId", index(tester, "decisionForm:itemId", budget));
        early.setValue("text", "Le budget est adopté.");
        early.setValue("for", "1");
        early.submit();
        tester.assertErrorMessages("Quorum : le quorum n’est pas atteint (0 présents sur 2 membres, il en faut 50 %)"
                + " : l’instance ne peut pas décider");

        FormTester here = tester.newFormTester("attendForm");
        here.select("personId", index(tester, "attendForm:personId", kim.id()));
        here.setValue("present", true);
        here.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("1 présents sur 2 membres");
        tester.assertContains("quorum atteint");

        FormTester bad = tester.newFormTester("decisionForm");
        bad.select("itemId", index(tester, "decisionForm:itemId", budget));
        bad.setValue("text", "Le budget est adopté.");
        bad.setValue("for", "un");
        bad.submit();
        tester.assertErrorMessages("Pour : un nombre entier");
        FormTester decide = tester.newFormTester("decisionForm");
        decide.select("itemId", index(tester, "decisionForm:itemId", budget));
        decide.setValue("text", "Le budget est rejeté.");
        decide.setValue("for", "0");
        decide.setValue("against", "1");
        decide.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("0 pour, 1 contre, 0 abstentions · rejetée");
        Decision wrong = g().meetings().decisions(fixture.admin(), meeting.id()).get(0);

        FormTester fix = tester.newFormTester("decisionForm");
        fix.select("itemId", index(tester, "decisionForm:itemId", budget));
        fix.setValue("text", "Le budget est adopté.");
        fix.setValue("for", "1");
        fix.setValue("against", "0");
        fix.select("supersedesId", index(tester, "decisionForm:supersedesId", wrong.id()));
        fix.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("remplacée par la décision n° ");
        tester.assertContains("rectifie la décision n° " + wrong.id());
        List<Decision> all = g().meetings().decisions(fixture.admin(), meeting.id());
        assertEquals(2, all.size());
        assertTrue(all.get(1).adopted());
        assertEquals(wrong.id(), all.get(1).supersedesId());

        tester.clickLink("minutes");
        assertEquals("application/pdf", tester.getLastResponse().getContentType());
    }

    @Test
    void jeanneDoesNotReachAMeeting() {
        Body board = g().bodies().create(fixture.admin(), BodyKind.BOARD, "Conseil fermé");
        Meeting meeting = g().meetings().create(fixture.admin(), board.id(), TODAY, "Salle", List.of("Budget"));
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(MeetingPage.class, BodyPageBase.of(meeting.id()));
        tester.assertRenderedPage(ForbiddenPage.class);
    }

    @SuppressWarnings("unchecked")
    private static int index(EssaimWicketTester tester, String path, long id) {
        var choice = (DropDownChoice<Long>) tester.getComponentFromLastRenderedPage(path);
        return choice.getChoices().indexOf(id);
    }
}
