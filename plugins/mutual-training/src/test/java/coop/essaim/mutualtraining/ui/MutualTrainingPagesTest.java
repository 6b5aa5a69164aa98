package coop.essaim.mutualtraining.ui;

import coop.essaim.mutualtraining.TrainingFixture;
import coop.essaim.mutualtraining.api.RequestStatus;
import coop.essaim.mutualtraining.api.TrainingRequest;
import coop.essaim.mutualtraining.internal.demo.TrainingDemo;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import org.apache.wicket.util.string.Strings;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void theCommitteeReadsTheBudgetAndDecidesAHeldRequest() {
        int year = LocalDate.now().getYear();
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("elu");
        tester.startPage(DecisionsPage.class);
        tester.assertRenderedPage(DecisionsPage.class);
        tester.assertContains("Budget de l’année");
        tester.assertContains("Réservé aux formations internes");
        List<TrainingRequest> all = fixture.on(LocalDate.now()).requests().all(fixture.committee(), year, null);
        TrainingRequest held = all.stream().filter(r -> r.status() == RequestStatus.ON_HOLD).findFirst()
                .orElseThrow();
        tester.assertContains(held.title());
        String criterion = Strings.escapeMarkup(held.criteria().get(0).explanation()).toString();
        tester.assertContains(Pattern.quote(criterion));
        String path = "requests:" + all.indexOf(held) + ":decisionForm";

        FormTester bad = tester.newFormTester(path);
        bad.submit("approve");
        tester.assertContains("Motifs de la décision : ");
        assertEquals(RequestStatus.ON_HOLD, fixture.on(LocalDate.now()).requests()
                .find(fixture.committee(), held.id()).orElseThrow().status());

        FormTester form = tester.newFormTester(path);
        form.setValue("reasons", "Refusée faute de lien avec l’activité");
        form.submit("refuse");
        tester.assertNoErrorMessage();
        tester.assertContains("Refusée faute de lien avec l’activité");
        assertEquals(RequestStatus.REFUSED, fixture.on(LocalDate.now()).requests()
                .find(fixture.committee(), held.id()).orElseThrow().status());
    }

    @Test
    void aMemberWithoutTheCommitteesPermissionIsRefusedItsPage() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(DecisionsPage.class);
        tester.assertRenderedPage(coop.essaim.web.internal.pages.ForbiddenPage.class);
        tester.startPage(MyRequestsPage.class);
        assertFalse(tester.getLastResponseAsString().contains("Demandes de formation</a>"));
    }

    @Test
    void jeanneSearchesTheCatalogueAndOffersASkillWhichTheAdviserPublishes() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(CataloguePage.class);
        tester.assertRenderedPage(CataloguePage.class);
        tester.assertContains("Lire son compte de résultat");
        FormTester search = tester.newFormTester("searchForm");
        search.setValue("trade", "COUT");
        search.submit();
        tester.assertContains("Couture : bases du patronage");
        assertFalse(tester.getLastResponseAsString().contains("Lire son compte de résultat"));
        assertFalse(tester.getLastResponseAsString().contains("Offres à examiner"), "the reviewers' queue");

        int before = fixture.on(LocalDate.now()).catalogue().own(fixture.jeanne()).size();
        FormTester bad = tester.newFormTester("offerForm");
        bad.setValue("trade", "couture");
        bad.setValue("durationHours", "deux");
        bad.submit();
        tester.assertContains("Sujet : ");
        tester.assertContains("Durée \\(heures\\) : ");
        assertEquals(before, fixture.on(LocalDate.now()).catalogue().own(fixture.jeanne()).size());

        FormTester offer = tester.newFormTester("offerForm");
        offer.setValue("topic", "Teinture végétale");
        offer.setValue("trade", "couture");
        offer.setValue("site", "Lyon");
        offer.setValue("durationHours", "3");
        offer.setValue("description", "Teindre avec des plantes");
        offer.submit();
        tester.assertNoErrorMessage();
        assertEquals(before + 1, fixture.on(LocalDate.now()).catalogue().own(fixture.jeanne()).size());

        EssaimWicketTester adviser = essaim.wicketTester().logInDemo("conseil");
        adviser.startPage(CataloguePage.class);
        adviser.assertContains("Offres à examiner");
        adviser.assertContains("Teinture végétale");
        List<coop.essaim.mutualtraining.api.Offer> pending = fixture.on(LocalDate.now()).catalogue()
                .pending(fixture.adviser());
        int row = pending.indexOf(pending.stream().filter(o -> o.topic().equals("Teinture végétale")).findFirst()
                .orElseThrow());
        FormTester refuse = adviser.newFormTester("review:pending:" + row + ":reviewForm");
        refuse.submit("refuse");
        adviser.assertContains("Note de l’examen : ");
        FormTester publish = adviser.newFormTester("review:pending:" + row + ":reviewForm");
        publish.setValue("reviewNote", "Bienvenue au catalogue");
        publish.submit("publish");
        adviser.assertNoErrorMessage();
        assertEquals(1, fixture.on(LocalDate.now()).catalogue().search(fixture.jeanne(), null, "teinture", null)
                .size());
    }

    @Test
    void theAdministratorReadsTheRegisterAndDownloadsTheExportAndACertificate() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(RecordsPage.class);
        tester.assertRenderedPage(RecordsPage.class);
        tester.assertContains("Registre des formations");
        tester.assertContains(Pattern.quote(TrainingDemo.SEWING));
        tester.assertContains("présent");
        tester.clickLink("csv");
        String csv = tester.getLastResponse().getDocument();
        assertTrue(csv.contains(TrainingDemo.SEWING), csv);

        tester.startPage(RecordsPage.class);
        tester.clickLink("members:0:certificate");
        assertTrue(new String(tester.getLastResponse().getBinaryContent(), 0, 4,
                java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));

        EssaimWicketTester jeanne = essaim.wicketTester().logInDemo("jeanne");
        jeanne.startPage(RecordsPage.class);
        jeanne.assertRenderedPage(coop.essaim.web.internal.pages.ForbiddenPage.class);
    }
}
