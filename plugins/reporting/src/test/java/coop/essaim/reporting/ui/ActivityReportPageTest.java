package coop.essaim.reporting.ui;

import coop.essaim.reporting.ReportingFixture;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report page as the administrator and the accountant read it, and refused to an entrepreneur. */
class ActivityReportPageTest {

    @RegisterExtension
    static final EssaimTestKit essaim = ReportingFixture.kit().withWeb();

    private final ReportingFixture fixture = new ReportingFixture(essaim);

    @Test
    void theAdministratorReadsTheTableTheMixesAndTheCharts() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(ActivityReportPage.class, new org.apache.wicket.request.mapper.parameter.PageParameters()
                .add("year", 2026));
        tester.assertRenderedPage(ActivityReportPage.class);
        String html = tester.getLastResponseAsString();
        assertTrue(html.contains("Rapport d’activité"), html);
        assertTrue(html.contains("Toute la coopérative"));
        assertTrue(html.contains("Personnes accompagnées"));
        assertTrue(html.contains("<td>33</td>"), html);
        assertTrue(html.contains("<td>+11</td>"), "the change on 2025");
        assertTrue(html.contains("A créé sa propre entreprise"), "the exits mix");
        assertTrue(html.contains("n’est pas enregistré"), "the report says gender is not recorded");
        // three charts, each with a title and its figures in a description
        assertEquals(3, html.split("<svg ", -1).length - 1, html);
        assertTrue(html.contains("<title>Chiffre d’affaires HT par année</title>"));
        assertTrue(html.contains("<title>Sorties par motif en 2026</title>"));
    }

    @Test
    void aSiteIsChosenInTheAddressAndTheCsvStartsWithABom() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("compta");
        tester.startPage(ActivityReportPage.class, new org.apache.wicket.request.mapper.parameter.PageParameters()
                .add("year", 2026).add("site", fixture.lyon()));
        tester.assertRenderedPage(ActivityReportPage.class);
        tester.assertContains(ReportingFixture.LYON);
        tester.assertContains("<td>16</td>");
        tester.clickLink("csv");
        byte[] csv = tester.getLastResponse().getBinaryContent();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\ufeffClé;Mesure;2022"), text);
        assertTrue(text.contains("core.people.supported;Personnes accompagnées;"), text);
        tester.startPage(ActivityReportPage.class, new org.apache.wicket.request.mapper.parameter.PageParameters()
                .add("year", 2026).add("site", fixture.lyon()));
        tester.clickLink("pdf");
        byte[] pdf = tester.getLastResponse().getBinaryContent();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertTrue(tester.getLastResponse().getHeader("Content-Disposition").contains("rapport-activite-2026-site-"));
    }

    @Test
    void aBadYearNamesTheFieldAndShowsNoTable() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(ActivityReportPage.class, new org.apache.wicket.request.mapper.parameter.PageParameters()
                .add("year", "deux-mille"));
        tester.assertRenderedPage(ActivityReportPage.class);
        tester.assertContains("Année : un nombre");
        assertTrue(!tester.getLastResponseAsString().contains("<caption>"));
    }

    @Test
    void anEntrepreneurIsRefusedThePage() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(ActivityReportPage.class);
        tester.assertRenderedPage(coop.essaim.web.internal.pages.ForbiddenPage.class);
    }
}
