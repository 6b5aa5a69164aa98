package coop.essaim.payroll;

import coop.essaim.api.security.UserContext;
import coop.essaim.payroll.api.PayslipRecord;
import coop.essaim.payroll.internal.Payroll;
import coop.essaim.payroll.ui.PayslipPage;
import coop.essaim.payroll.ui.PayslipsPage;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import coop.essaim.web.internal.pages.HomePage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The languages a country plugin brings: the Belgian demo cooperative's member works in Dutch, the Moroccan
 * one's in Arabic, right to left, on the core's and the standard plugins' own pages; a payslip asked for in
 * Arabic is drawn in French, since the PDF fonts hold only Latin scripts.
 */
class CountryLanguagesTest {

    private static EssaimTestKit demoOf(String country, String currency, String jar) {
        EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/test-plugins/" + jar),
                Path.of("target/test-plugins/essaim-invoicing.jar"), Path.of("target/classes"))
                .inCountry(country, currency, "fr").withDemo().withWeb();
        essaim.start();
        return essaim;
    }

    @Test
    void jeanneWorksInDutchInTheBelgianCooperative() {
        EssaimTestKit essaim = demoOf("BE", "EUR", "essaim-country-be.jar");
        try {
            EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
            tester.startPage(HomePage.class);
            tester.assertContains("hreflang=\"nl\"");
            tester.assertContainsNot("hreflang=\"ar\"");
            tester.clickLink("languages:0:language");
            tester.assertContains("<html lang=\"nl\">");
            tester.assertContains(">Startpagina<");
            tester.startPage(PayslipsPage.class);
            tester.assertRenderedPage(PayslipsPage.class);
            tester.assertContains("Mijn loonbrieven");
        } finally {
            essaim.stop();
        }
    }

    @Test
    void jeanneWorksInArabicRightToLeftInTheMoroccanCooperativeAndHerPayslipIsDrawnInFrench() throws IOException {
        EssaimTestKit essaim = demoOf("MA", "MAD", "essaim-country-ma.jar");
        try {
            EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
            tester.startPage(HomePage.class);
            tester.assertContainsNot("dir=\"rtl\"");
            tester.clickLink("languages:0:language");
            tester.assertContains("<html lang=\"ar\" dir=\"rtl\">");
            tester.assertContains(">الرئيسية<");
            tester.startPage(PayslipsPage.class);
            tester.assertContains("أوراق أجري");
            assertFalse(tester.getLastResponseAsString().contains("١"), "Latin digits, as Morocco writes them");

            UserContext accountant = essaim.demoUser("compta");
            PayslipRecord october = Payroll.of(essaim.modules().context("payroll").orElseThrow()).runs()
                    .run(accountant, YearMonth.of(2026, 10)).orElseThrow().payslips().get(0);
            EssaimWicketTester compta = essaim.wicketTester().logInDemo("compta");
            compta.startPage(HomePage.class);
            compta.clickLink("languages:0:language");
            compta.startPage(PayslipPage.class, new PageParameters().set("id", october.id()));
            compta.assertRenderedPage(PayslipPage.class);
            compta.assertContains("dir=\"rtl\"");
            compta.clickLink("pdf");
            try (PDDocument pdf = Loader.loadPDF(compta.getLastResponse().getBinaryContent())) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains("Bulletin de paie"), text);
                assertFalse(text.contains("?"), text);
            }
        } finally {
            essaim.stop();
        }
    }
}
