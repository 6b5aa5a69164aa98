package coop.essaim.mutualtraining.ui;

import coop.essaim.mutualtraining.TrainingFixture;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The pages as Jeanne and the committee member use them on the demo cooperative. */
class MutualTrainingPagesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = TrainingFixture.kit().withWeb();

    private final TrainingFixture fixture = new TrainingFixture(essaim);

    @Test
    void jeanneReadsHerScoredRequestsAndSubmitsOne() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(MyRequestsPage.class);
        tester.assertRenderedPage(MyRequestsPage.class);
        tester.assertContains("Mes demandes de formation");
        tester.assertContains("Photographie de produits");
        tester.assertContains("Sert directement la vente en ligne");
        int before = fixture.on(LocalDate.now()).requests().own(fixture.jeanne()).size();

        FormTester form = tester.newFormTester("requestForm");
        form.setValue("title", "Retouche photo");
        form.setValue("internal", false);
        form.setValue("goal", "Détourer mes pièces");
        form.setValue("cost", "120,00");
        form.setValue("hours", "7");
        form.setValue("purpose", "Boutique en ligne de l'activité");
        form.submit();
        tester.assertNoErrorMessage();
        tester.assertRenderedPage(MyRequestsPage.class);
        tester.assertContains("Retouche photo");
        tester.assertContains("déposée");
        assertEquals(before + 1, fixture.on(LocalDate.now()).requests().own(fixture.jeanne()).size());
    }

    @Test
    void aBadRequestNamesTheFieldAndSavesNothing() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(MyRequestsPage.class);
        int before = fixture.on(LocalDate.now()).requests().own(fixture.jeanne()).size();
        FormTester form = tester.newFormTester("requestForm");
        form.setValue("title", "Sans heures");
        form.setValue("goal", "Un objectif");
        form.setValue("hours", "beaucoup");
        form.submit();
        tester.assertContains("Heures : ");
        assertFalse(tester.getFeedbackMessages(null).isEmpty());
        assertFalse(tester.getLastResponseAsString().contains("<td>Sans heures</td>"));
        assertEquals(before, fixture.on(LocalDate.now()).requests().own(fixture.jeanne()).size());
    }
}
