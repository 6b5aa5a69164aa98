package coop.essaim.payroll.internal.document;

import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.Payslip;
import coop.essaim.api.payroll.PayslipLine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static coop.essaim.payroll.internal.document.PayslipSamples.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayslipPdfTest {

    private final PayslipPdf renderer = new PayslipPdf(PayslipSamples.LABEL);

    @Test
    void theFrenchPayslipShowsTheClarifiedLayoutWithEveryFigure() throws IOException {
        String page = single(renderer.render(PayslipSamples.sheet(PayslipSamples.may(), Locale.FRANCE)));

        assertHas(page, "Bulletin de paie", "Période mai 2025", "du 1 mai 2025 au 31 mai 2025",
                "Date de paiement 30 mai 2025");
        assertHas(page, "Essaim Coopérative", "12 rue de la Ruche", "SIRET : 812 345 678 00015", "Code APE : 7022Z",
                "N° URSSAF : 697 1234567890");
        assertHas(page, "Zoé Lefèvre", "69100 Villeurbanne", "Matricule ES-0042", "Emploi Entrepreneur-salarié",
                "Statut Non cadre", "Contrat CESA", "Date d’entrée 2 septembre 2024", "Activité Atelier Lumière");
        assertHas(page, "Part salarié", "Part employeur", "Éléments de paie Base Taux % Montant Taux % Montant");
        assertHas(page, "Salaire de base 151,67 h 16,48 2 500,00", "Salaire brut 2 500,00");
        assertHas(page, "Vieillesse plafonnée 2 500,00 6,90 172,50 8,55 213,75",
                "Sécurité sociale maladie, maternité 2 500,00 7,00 175,00",
                "CSG non déductible 2 456,25 2,40 58,95",
                "Réduction générale des cotisations 2 500,00 8,15 -203,75");
        assertHas(page, "Total des cotisations et contributions 499,51 595,25");
        assertHas(page, "Net à payer avant impôt sur le revenu 2 000,49 €", "Net imposable 2 071,72 €",
                "Impôt sur le revenu prélevé à la source taux neutre 2 071,72 3,50 72,51",
                "Net payé 1 927,98 €", "Payé le 30 mai 2025", "Total versé par l’employeur 3 095,25 €",
                "dont allègements de cotisations employeur 203,75 €", "Paramètres de paie appliqués : FR 2025-05-01");
        assertHas(page, "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de"
                + " paie sans limitation de durée.");
        assertHas(page, "Page 1 / 1");
    }

    @Test
    void theLinesAreGroupedUnderTheHeadingsOfTheModelPayslipInItsOrder() throws IOException {
        String page = single(renderer.render(PayslipSamples.sheet(PayslipSamples.may(), Locale.FRANCE)));
        String[] order = {"SANTÉ", "Sécurité sociale maladie", "ACCIDENTS DU TRAVAIL", "Accidents du travail 2 500,00",
                "RETRAITE", "Vieillesse plafonnée", "Complémentaire AGIRC-ARRCO", "FAMILLE", "Allocations familiales",
                "ASSURANCE CHÔMAGE", "AUTRES CONTRIBUTIONS DUES PAR L’EMPLOYEUR", "FNAL",
                "CSG DÉDUCTIBLE DE L’IMPÔT SUR LE REVENU", "CSG déductible",
                "CSG/CRDS NON DÉDUCTIBLE DE L’IMPÔT SUR LE REVENU", "CSG non déductible", "CRDS 2 456,25",
                "EXONÉRATIONS, ÉCRÊTEMENTS ET ALLÈGEMENTS DE COTISATIONS", "Réduction générale",
                "Total des cotisations"};
        int at = -1;
        for (String next : order) {
            int found = page.indexOf(next, at + 1);
            assertTrue(found > at, () -> "'" + next + "' after the previous heading in\n" + page);
            at = found;
        }
        assertTrue(!page.contains("COTISATIONS STATUTAIRES"), "no empty section heading");
    }

    @Test
    void theEnglishPayslipHasEveryLabelInEnglish() throws IOException {
        Payslip personal = PayslipSamples.payslip(EmployeeSituation.of(PayslipSamples.HOURS, 8, new BigDecimal("2.12"))
                .asExecutive(true).withWithholdingRate(new BigDecimal("4.2")), PayslipSamples.mayLines(), "87.01");
        String page = single(renderer.render(PayslipSamples.sheet(personal, Locale.UK)));

        assertHas(page, "Payslip", "Period May 2025", "Payment date 30 May 2025", "SIRET: 812 345 678 00015",
                "Employee no. ES-0042", "Status Executive (cadre)", "Entry date 2 September 2024");
        assertHas(page, "Base salary 151.67 h 16.48 2,500.00", "Gross salary 2,500.00", "RETIREMENT",
                "Capped old-age pension 2,500.00 6.90 172.50 8.55 213.75",
                "Total contributions 499.51 595.25");
        assertHas(page, "Net pay before income tax €2,000.49", "Net taxable €2,071.72",
                "Income tax withheld at source personal rate 2,071.72 4.20 87.01", "Net paid €1,913.48",
                "Total paid by the employer €3,095.25", "Payroll parameters applied: FR 2025-05-01",
                "In your interest and to help you assert your rights, keep this payslip without time limit.");
    }

    @Test
    void aLongPayslipGoesOnToAnotherPageWithTheHeadingsAgain() throws IOException {
        List<PayslipLine> lines = new ArrayList<>(PayslipSamples.mayLines());
        for (int i = 1; i <= 60; i++) {
            lines.add(PayslipSamples.line("fr.conventionnelle." + i, "2500.00", null, "0", "0.01", "0.25", "437200"));
        }
        Payslip many = PayslipSamples.payslip(PayslipSamples.may().situation(), lines, "72.51");
        List<String> pages = pages(renderer.render(PayslipSamples.sheet(many, Locale.FRANCE)));

        int count = pages.size();
        assertTrue(count >= 2, "more than one page: " + count);
        assertHas(pages.get(0), "Page 1 / " + count, "Salaire brut 2 500,00", "COTISATIONS STATUTAIRES");
        for (int p = 1; p < count; p++) {
            assertHas(pages.get(p), "Page " + (p + 1) + " / " + count, "Zoé Lefèvre – mai 2025");
        }
        assertHas(pages.get(1), "Éléments de paie Base Taux % Montant Taux % Montant", "fr.conventionnelle.60");
        assertHas(pages.get(count - 1), "Net payé 1 927,98 €", "conservez ce bulletin de paie");
        String all = String.join("\n", pages);
        assertHas(all, "Total des cotisations et contributions 499,51 610,25");
        for (int i = 1; i <= 60; i++) {
            assertHas(all, "fr.conventionnelle." + i + " 2 500,00 0,01 0,25\n");
        }
    }

    @Test
    void theFontIsEmbeddedSoAccentsPrintEverywhere() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(
                PayslipSamples.sheet(PayslipSamples.may(), Locale.FRANCE)))) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                }
            }
            assertEquals("Bulletin de paie Essaim Coopérative – Zoé Lefèvre – mai 2025",
                    document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aSheetThatContradictsItsPayslipIsRefusedNamingTheField() {
        Payslip may = PayslipSamples.may();
        IllegalArgumentException executive = assertThrows(IllegalArgumentException.class, () -> new PayslipSheet(
                PayslipSamples.employer(), PayslipSamples.zoe(true), may.month(), LocalDate.of(2025, 5, 30),
                may.situation().monthlyHours(), eur("16.48"), "Atelier", may, Locale.FRANCE));
        assertTrue(executive.getMessage().startsWith("employee.executive"), executive.getMessage());
        IllegalArgumentException hours = assertThrows(IllegalArgumentException.class, () -> new PayslipSheet(
                PayslipSamples.employer(), PayslipSamples.zoe(false), may.month(), LocalDate.of(2025, 5, 30),
                new BigDecimal("35"), eur("16.48"), "Atelier", may, Locale.FRANCE));
        assertTrue(hours.getMessage().startsWith("hoursPaid"), hours.getMessage());
        IllegalArgumentException period = assertThrows(IllegalArgumentException.class, () -> new PayslipSheet(
                PayslipSamples.employer(), PayslipSamples.zoe(false), may.month().plusMonths(1),
                LocalDate.of(2025, 6, 30), may.situation().monthlyHours(), eur("16.48"), "Atelier", may,
                Locale.FRANCE));
        assertTrue(period.getMessage().startsWith("period"), period.getMessage());
    }

    private static void assertHas(String page, String... expected) {
        for (String text : expected) {
            assertTrue(page.contains(text), () -> "'" + text + "' in\n" + page);
        }
    }

    private static String single(byte[] pdf) throws IOException {
        List<String> pages = pages(pdf);
        assertEquals(1, pages.size(), "one page");
        return pages.get(0);
    }

    /** The text of each page, no-break and narrow spaces as plain ones, lines joined by a newline. */
    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document).replace('\u00A0', ' ').replace('\u202F', ' ')
                        .replace("\r\n", "\n"));
            }
            return pages;
        }
    }
}
