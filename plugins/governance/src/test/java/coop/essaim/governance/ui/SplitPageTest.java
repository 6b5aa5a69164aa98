package coop.essaim.governance.ui;

import coop.essaim.governance.GovernanceFixture;
import coop.essaim.governance.api.SplitScheme;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The profit split page as the administrator and Jeanne use it on the demo cooperative. */
class SplitPageTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit().withWeb();

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    @Test
    void theAdministratorAddsASchemeIsToldTheBoundAndReadsTheDemoSplit() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(SplitPage.class);
        tester.assertRenderedPage(SplitPage.class);
        tester.assertContains("Répartition des excédents");
        tester.assertContains("Statuts 2025");
        int before = fixture.on(LocalDate.now()).splits().schemes(fixture.admin()).size();

        FormTester bad = tester.newFormTester("schemeForm");
        bad.setValue("name", "Trop peu");
        bad.setValue("reserves", "70");
        bad.setValue("participation", "20");
        bad.setValue("dividends", "10");
        bad.submit();
        tester.assertErrorMessages("Participation : la participation des salariés est d’au moins 25 % des excédents,"
                + " pas 20 %");
        assertEquals(before, fixture.on(LocalDate.now()).splits().schemes(fixture.admin()).size());

        FormTester form = tester.newFormTester("schemeForm");
        form.setValue("name", "Fonds de développement");
        form.setValue("reserves", "50");
        form.setValue("participation", "30");
        form.setValue("dividends", "10");
        form.setValue("other", "10");
        form.submit();
        tester.assertNoErrorMessage();
        SplitScheme added = fixture.on(LocalDate.now()).splits().schemes(fixture.admin()).get(before);
        assertEquals("Fonds de développement", added.name());
        tester.startPage(SplitPage.class);
        tester.assertContains("Fonds de développement");
    }

    @Test
    void anEntrepreneurIsRefusedThePage() {
        EssaimWicketTester jeanne = essaim.wicketTester().logInDemo("jeanne");
        jeanne.startPage(SplitPage.class);
        jeanne.assertRenderedPage(coop.essaim.web.internal.pages.ForbiddenPage.class);
    }

    @Test
    void withoutPayrollTheBasesAreTypedInAndThePageSaysWhy() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(SplitPage.class);
        FormTester draft = tester.newFormTester("draftForm");
        draft.setValue("participants", "12; 100");
        FormTester bases = tester.newFormTester("basesForm");
        bases.setValue("fiscalYear", "2026");
        bases.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("Le module Paie n’est pas installé : saisissez les salariés et leurs bases à la main.");
        assertEquals("", tester.getComponentFromLastRenderedPage("draftForm:participants").getDefaultModelObjectAsString(),
                "nothing is filled in");
        FormTester badYear = tester.newFormTester("basesForm");
        badYear.setValue("fiscalYear", "abc");
        badYear.submit();
        tester.assertErrorMessages("Exercice : " + errorYear());
    }

    private static String errorYear() {
        return new coop.essaim.governance.internal.Messages(java.util.Locale.FRENCH).text("error.split.year");
    }
}
