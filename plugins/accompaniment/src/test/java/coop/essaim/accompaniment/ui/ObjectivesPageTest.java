package coop.essaim.accompaniment.ui;

import coop.essaim.accompaniment.AccompanimentFixture;
import coop.essaim.accompaniment.api.Objective;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The objectives page as Karim (adviser) sets and reviews Jeanne's objectives, and as Jeanne reads them. */
class ObjectivesPageTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AccompanimentFixture.kit().withWeb();

    private final AccompanimentFixture fixture = new AccompanimentFixture(essaim);

    private PageParameters jeanne() {
        return new PageParameters().set("person", fixture.jeannePerson().id());
    }

    @Test
    void theAdviserSetsAnObjectiveReviewsItAndJeanneReadsBoth() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("conseil");
        tester.startPage(ObjectivesPage.class, jeanne());
        tester.assertRenderedPage(ObjectivesPage.class);
        FormTester form = tester.newFormTester("newObjective");
        form.select("kind", 0);   // turnover
        form.setValue("label", "Chiffre d'affaires 2027");
        form.setValue("amount", "18000,00");
        form.setValue("dueOn", "2027-12-31");
        form.submit();
        tester.assertRenderedPage(ObjectivesPage.class);
        tester.assertInfoMessages("L’objectif est fixé.");
        tester.assertContains("Chiffre d&#039;affaires 2027");
        tester.assertContains("18\u202f000,00\u00a0€");

        FormTester review = tester.newFormTester("objectives:0:reviewForm");
        review.select("reviewStatus", 1);   // behind
        review.setValue("note", "Deux devis perdus en novembre");
        review.submit();
        tester.assertInfoMessages("La revue est enregistrée.");
        tester.assertContains("Deux devis perdus en novembre");
        tester.assertContains("en retard");

        EssaimWicketTester hers = essaim.wicketTester().logInDemo("jeanne");
        hers.startPage(ObjectivesPage.class);
        hers.assertRenderedPage(ObjectivesPage.class);
        hers.assertContains("Deux devis perdus en novembre");
        hers.assertInvisible("newObjective");
        hers.assertInvisible("objectives:0:reviewForm");
    }

    @Test
    void aWrongAmountIsToldBesideTheFieldAndNothingIsSet() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("conseil");
        tester.startPage(ObjectivesPage.class, jeanne());
        FormTester form = tester.newFormTester("newObjective");
        form.select("kind", 0);
        form.setValue("label", "Objectif refusé");
        form.setValue("amount", "beaucoup");
        form.setValue("dueOn", "2027-06-30");
        form.submit();
        tester.assertErrorMessages("Montant (chiffre d’affaires) : un montant tel que 18000.00 est attendu.");
        List<Objective> set = fixture.accompaniment().objectives().ofPerson(fixture.adviser(),
                fixture.jeannePerson().id());
        assertTrue(set.stream().noneMatch(o -> o.label().equals("Objectif refusé")));

        form = tester.newFormTester("newObjective");
        form.select("kind", 1);   // hours, without hours
        form.setValue("label", "Heures facturées");
        form.setValue("amount", "");
        form.setValue("dueOn", "2027-06-30");
        form.submit();
        tester.assertErrorMessages("Heures : Obligatoire.");
    }

    @Test
    void theAccountantWhoFollowsNoOneIsSentAway() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("compta");
        tester.startPage(ObjectivesPage.class, jeanne());
        assertFalse(tester.getLastRenderedPage() instanceof ObjectivesPage);
        assertFalse(tester.getLastResponseAsString().contains("Chiffre d&#039;affaires 2027"));
    }
}
