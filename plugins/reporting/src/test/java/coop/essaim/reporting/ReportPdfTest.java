package coop.essaim.reporting;

import coop.essaim.reporting.internal.ActivityReports;
import coop.essaim.testkit.EssaimTestKit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report as a PDF: the table's figures, the notes, and the charts drawn as filled bars. */
class ReportPdfTest {

    @RegisterExtension
    static final EssaimTestKit essaim = ReportingFixture.kit();

    private final ReportingFixture fixture = new ReportingFixture(essaim);

    @Test
    void thePdfHoldsTheTableAndTheChartsBars() throws Exception {
        byte[] pdf = ActivityReports.of(essaim.modules().context("reporting").orElseThrow())
                .pdf(fixture.admin(), 2026, null);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Rapport d’activité 2026 — toute la coopérative"), text);
            assertTrue(text.contains("Personnes accompagnées"), text);
            assertTrue(text.contains("Chiffre d’affaires HT par année"), text);
            assertTrue(text.contains("Sorties par motif en 2026"), text);
            assertTrue(text.contains("A créé sa propre entreprise"), text);
            assertTrue(text.contains("n’est pas enregistré"), text);
            assertEquals("Rapport d’activité 2026 — toute la coopérative", doc.getDocumentInformation().getTitle());
            // the charts' bars: one filled rectangle per bar with a value (turnover: only 2026 has some, 1; the
            // stages: 5; the exits: the 4 reasons used), 10 in all, none for a zero
            int filled = 0;
            for (PDPage page : doc.getPages()) {
                filled += rectanglesFilled(page);
            }
            assertEquals(10, filled);
        }
    }

    /** Rectangles followed by a fill: the bars. */
    private static int rectanglesFilled(PDPage page) throws java.io.IOException {
        int count = 0;
        boolean rect = false;
        PDFStreamParser parser = new PDFStreamParser(page);
        for (Object token : parser.parse()) {
            if (token instanceof Operator op) {
                if (op.getName().equals("re")) {
                    rect = true;
                } else if (op.getName().equals("f") && rect) {
                    count++;
                    rect = false;
                } else {
                    rect = false;
                }
            }
        }
        return count;
    }
}
