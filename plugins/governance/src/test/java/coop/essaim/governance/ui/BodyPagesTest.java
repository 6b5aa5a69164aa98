package coop.essaim.governance.ui;

import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.governance.GovernanceFixture;
import coop.essaim.governance.api.Body;
import coop.essaim.governance.api.BodyKind;
import coop.essaim.governance.api.Mandate;
import coop.essaim.governance.internal.Governance;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import coop.essaim.web.internal.pages.ForbiddenPage;
import org.apache.wicket.feedback.FeedbackMessage;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages of bodies and mandates as the administrator keeps them and as Jeanne, an associate, reads them. */
class BodyPagesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit().withWeb();

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    /** The pages' clock is the system's: today. */
    private static final LocalDate TODAY = LocalDate.now();

    private Governance g() {
        return fixture.on(TODAY);
    }

    @Test
    void theAdministratorCreatesABodyAppointsEndsAndRenamesAndIsToldTheField() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(BodiesPage.class);
        tester.assertRenderedPage(BodiesPage.class);
        tester.assertContains("Instances et mandats");
        int before = g().bodies().all(fixture.admin()).size();
        FormTester bad = tester.newFormTester("createForm");
        bad.setValue("name", "");
        bad.submit();
        tester.assertErrorMessages("Nom : un texte d’au plus 200 caractères");
        assertEquals(before, g().bodies().all(fixture.admin()).size());

        FormTester create = tester.newFormTester("createForm");
        create.setValue("name", "Commission des outils financiers");
        create.select("kind", BodyKind.COMMISSION.ordinal());
        create.submit();
        tester.assertNoErrorMessage();
        tester.assertRenderedPage(BodyPage.class);
        tester.assertContains("Commission des outils financiers · Commission");
        Body body = g().bodies().all(fixture.admin()).stream()
                .filter(b -> b.name().equals("Commission des outils financiers")).findFirst().orElseThrow();

        Person fanny = fixture.person(PersonKind.MEMBER, "Fanny", "Outils");
        tester.startPage(BodyPage.class, BodyPageBase.of(body.id()));
        FormTester noRole = tester.newFormTester("appointForm");
        noRole.select("personId", index(tester, "appointForm:personId", fanny.id()));
        noRole.setValue("from", TODAY.minusYears(1).toString());
        noRole.submit();
        tester.assertErrorMessages("Rôle : un texte d’au plus 100 caractères");
        FormTester badTo = tester.newFormTester("appointForm");
        badTo.select("personId", index(tester, "appointForm:personId", fanny.id()));
        badTo.setValue("role", "animatrice");
        badTo.setValue("from", TODAY.minusYears(1).toString());
        badTo.setValue("to", "bientôt");
        badTo.submit();
        tester.assertErrorMessages("Au, inclus (facultatif) : une date AAAA-MM-JJ");
        assertEquals(List.of(), g().bodies().mandates(fixture.admin(), body.id()), "nothing half saved");

        FormTester appoint = tester.newFormTester("appointForm");
        appoint.select("personId", index(tester, "appointForm:personId", fanny.id()));
        appoint.setValue("role", "animatrice");
        appoint.setValue("from", TODAY.minusYears(1).toString());
        appoint.setValue("to", "");
        appoint.submit();
        tester.assertNoErrorMessage();
        Mandate m = g().bodies().mandates(fixture.admin(), body.id()).get(0);
        assertEquals(fanny.id(), m.personId());
        tester.assertContains("Fanny Outils");
        tester.assertContains("en cours");

        FormTester tooEarly = tester.newFormTester("endForm");
        tooEarly.select("mandateId", index(tester, "endForm:mandateId", m.id()));
        tooEarly.setValue("to", TODAY.minusYears(2).toString());
        tooEarly.submit();
        List<java.io.Serializable> errors = tester.getMessages(FeedbackMessage.ERROR);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).toString().startsWith("Au, inclus (facultatif) : une date égale ou postérieure"
                + " au début du mandat"), errors.get(0).toString());
        FormTester end = tester.newFormTester("endForm");
        end.select("mandateId", index(tester, "endForm:mandateId", m.id()));
        end.setValue("to", TODAY.minusDays(1).toString());
        end.submit();
        tester.assertNoErrorMessage();
        assertEquals(TODAY.minusDays(1), g().bodies().mandates(fixture.admin(), body.id()).get(0).to());
        tester.assertContains("terminé");

        FormTester composition = tester.newFormTester("compositionForm");
        composition.setValue("on", TODAY.minusMonths(1).toString());
        composition.submit();
        tester.assertNoErrorMessage();
        assertEquals(1, ((List<?>) tester.getComponentFromLastRenderedPage("members").getDefaultModelObject())
                .size(), "a month ago Fanny sat in it");

        FormTester rename = tester.newFormTester("renameForm");
        rename.setValue("name", "Commission finances solidaires");
        rename.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("Commission finances solidaires");
        assertEquals("Commission finances solidaires", g().bodies().body(fixture.admin(), body.id()).name());
    }

    @Test
    void jeanneReadsTheBodiesAndTheirMembersTodayButNotTheKeepersPages() {
        Body board = g().bodies().create(fixture.admin(), BodyKind.BOARD, "Conseil lu par Jeanne");
        Person gil = fixture.person(PersonKind.MEMBER, "Gil", "Président");
        g().bodies().appoint(fixture.admin(), board.id(), gil.id(), "président du conseil", TODAY.minusMonths(3),
                null);
        g().bodies().appoint(fixture.admin(), board.id(), gil.id(), "trésorier sortant", TODAY.minusYears(3),
                TODAY.minusYears(2));
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(BodiesPage.class);
        tester.assertRenderedPage(ForbiddenPage.class);
        tester.startPage(BodyPage.class, BodyPageBase.of(board.id()));
        tester.assertRenderedPage(ForbiddenPage.class);
        tester.startPage(MyBodiesPage.class);
        tester.assertRenderedPage(MyBodiesPage.class);
        tester.assertContains("Conseil lu par Jeanne");
        tester.assertContains("président du conseil");
        assertFalse(tester.getLastResponseAsString().contains("trésorier sortant"), "only today's members");
    }

    @Test
    void anUnknownBodyIsNotFound() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(BodyPage.class, BodyPageBase.of(987_654));
        assertEquals(404, tester.getLastResponse().getStatus());
    }

    @SuppressWarnings("unchecked")
    private static int index(EssaimWicketTester tester, String path, long id) {
        var choice = (DropDownChoice<Long>) tester.getComponentFromLastRenderedPage(path);
        return choice.getChoices().indexOf(id);
    }
}
