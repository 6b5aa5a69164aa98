package coop.essaim.governance.ui;

import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.governance.GovernanceFixture;
import coop.essaim.governance.api.Holding;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages as the administrator, the accountant and Jeanne use them on the demo cooperative. */
class GovernancePagesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit().withWeb();

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    @Test
    void theAdministratorSetsTheRuleSubscribesAndIsToldWhichFieldIsWrong() {
        Person lea = fixture.person(PersonKind.MEMBER, "Léa", "Perrin");
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(RegisterPage.class);
        tester.assertRenderedPage(RegisterPage.class);
        FormTester rule = tester.newFormTester("ruleForm");
        rule.setValue("validFrom", LocalDate.now().toString());
        rule.setValue("nominal", "16,00");
        rule.setValue("minimumEntry", "0");
        rule.submit();
        tester.assertNoErrorMessage();

        FormTester bad = tester.newFormTester("subscribeForm");
        bad.select("personId", indexOf(tester, lea.id()));
        bad.setValue("shares", "zéro");
        bad.submit();
        tester.assertErrorMessages("Nombre de parts : un nombre entier de parts supérieur à zéro");

        FormTester form = tester.newFormTester("subscribeForm");
        form.select("personId", indexOf(tester, lea.id()));
        form.setValue("shares", "5");
        form.setValue("occurredOn", LocalDate.now().toString());
        form.setValue("paidAtOnce", false);
        form.submit();
        tester.assertNoErrorMessage();
        Holding h = fixture.on(LocalDate.now()).register().holdings(fixture.admin()).stream()
                .filter(x -> x.personId() == lea.id()).findFirst().orElseThrow();
        assertEquals(5, h.shares());
        assertEquals(GovernanceFixture.eur("80.00"), h.due());
        tester.startPage(RegisterPage.class);
        tester.assertContains("Léa Perrin");
        tester.assertContains("80,00");
    }

    @Test
    void theAccountantExportsTheRegisterAndJeanneOnlyReachesHerOwnShares() {
        EssaimWicketTester accountant = essaim.wicketTester().logInDemo("compta");
        accountant.startPage(RegisterPage.class);
        accountant.assertRenderedPage(RegisterPage.class);
        accountant.clickLink("csv");
        assertTrue(accountant.getLastResponseAsString().contains("Ligne;Date;Associé;Mouvement"));
        assertTrue(accountant.getLastResponse().getHeader("Content-Disposition").contains("registre-parts.csv"),
                accountant.getLastResponse().getHeader("Content-Disposition"));

        EssaimWicketTester jeanne = essaim.wicketTester().logInDemo("jeanne");
        jeanne.startPage(RegisterPage.class);
        jeanne.assertRenderedPage(coop.essaim.web.internal.pages.ForbiddenPage.class);
        jeanne.startPage(MySharesPage.class);
        jeanne.assertRenderedPage(MySharesPage.class);
        jeanne.assertContains("Mes parts sociales");
        jeanne.assertContains("Jeanne Martin");
        org.junit.jupiter.api.Assertions.assertFalse(jeanne.getLastResponseAsString().contains("aucune fiche"),
                "her login is linked to her person file");
    }

    @Test
    void theAdministratorTakesACandidacyThroughTheBoardAndTheAssemblyAndJeanneAppliesFromHerPage() {
        Person noa = fixture.person(PersonKind.MEMBER, "Noa", "Lemaire");
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(CandidaciesPage.class);
        tester.assertRenderedPage(CandidaciesPage.class);
        tester.assertContains("moins de 24 mois");
        FormTester empty = tester.newFormTester("applyForm");
        empty.select("personId", candidateIndex(tester, noa.id()));
        empty.submit();
        assertTrue(tester.getMessages(org.apache.wicket.feedback.FeedbackMessage.ERROR).get(0).toString()
                .startsWith("Lettre de candidature : la lettre de candidature, au plus 4"));
        FormTester apply = tester.newFormTester("applyForm");
        apply.select("personId", candidateIndex(tester, noa.id()));
        apply.setValue("letter", "Je partage le projet coopératif.");
        apply.submit();
        tester.assertNoErrorMessage();
        var c = fixture.on(LocalDate.now()).candidacies().all(fixture.admin()).stream()
                .filter(x -> x.personId() == noa.id()).findFirst().orElseThrow();
        assertEquals(coop.essaim.governance.api.CandidacyStage.BOARD_REVIEW, c.stage(), "no salaried step yet");
        FormTester board = tester.newFormTester("decideForm");
        board.setValue("candidacyId", String.valueOf(c.id()));
        board.setValue("reasons", "Avis favorable du conseil");
        board.submit();
        tester.assertNoErrorMessage();
        tester.startPage(CandidaciesPage.class);
        tester.assertContains("Avis favorable du conseil");
        tester.assertContains("vote de l’assemblée générale");

        EssaimWicketTester jeanne = essaim.wicketTester().logInDemo("jeanne");
        jeanne.startPage(CandidaciesPage.class);
        jeanne.assertRenderedPage(coop.essaim.web.internal.pages.ForbiddenPage.class);
        jeanne.startPage(MySharesPage.class);
        FormTester mine = jeanne.newFormTester("holding:applyForm");
        mine.setValue("letter", "Ma lettre de candidature");
        mine.submit();
        jeanne.assertNoErrorMessage();
        jeanne.startPage(MySharesPage.class);
        jeanne.assertContains("Ma lettre de candidature");
    }

    @SuppressWarnings("unchecked")
    private static int candidateIndex(EssaimWicketTester tester, long personId) {
        var choice = (org.apache.wicket.markup.html.form.DropDownChoice<Long>) tester
                .getComponentFromLastRenderedPage("applyForm:personId");
        return choice.getChoices().indexOf(personId);
    }

    @SuppressWarnings("unchecked")
    private static int indexOf(EssaimWicketTester tester, long personId) {
        var choice = (org.apache.wicket.markup.html.form.DropDownChoice<Long>) tester
                .getComponentFromLastRenderedPage("subscribeForm:personId");
        return choice.getChoices().indexOf(personId);
    }
}
