package coop.essaim.invoicing.internal.document;

import coop.essaim.api.money.Money;
import coop.essaim.api.sales.VatCategory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentPdfTest {

    private final DocumentPdf renderer = new DocumentPdf();

    @Test
    void anInvoiceShowsTheBrandNumberDatesBuyerLinesTotalsAndTheLegalFooter() throws Exception {
        InvoiceDocument invoice = Samples.invoice();
        List<String> pages = pages(renderer.render(invoice));

        assertEquals(1, pages.size());
        String page = flat(pages.get(0));
        for (String expected : List.of("Atelier Lumière", "Jeanne Dupré", "jeanne@atelier-lumiere.example", "Facture",
                "N° F-2026-0042", "2 mars 2026", "1 avril 2026", "Boulangerie Éclair SARL", "Bâtiment B", "38000 Grenoble",
                "BC-2026-77", "Reportage photo", "Tirages d’exposition 40×60", "7,5 %", "5,5 %", "heure", "jour",
                "Total HT", "Net à payer", "Paiement à 30 jours", "FR76 3000 6000 0112 3456 7890 189".replace(" ", ""),
                "Indemnité forfaitaire", "Membre d’une coopérative")) {
            assertTrue(page.contains(expected), () -> "missing '" + expected + "' in\n" + page);
        }
        for (InvoiceDocument.Line line : invoice.lines()) {
            assertTrue(page.contains(money(line.netAmount())), "line " + line.position() + " net amount");
        }
        for (Money total : List.of(invoice.totalExclVat(), invoice.totalVat(), invoice.totalInclVat(), invoice.amountDue())) {
            assertTrue(page.contains(money(total)), () -> money(total) + " missing");
        }
        assertTrue(page.contains("€"), "the euro sign is drawn");
        assertFooter(page, 1, 1);
    }

    @Test
    void sixtyLinesRunOverSeveralPagesWithHeadingsAndFooterOnEach() throws Exception {
        Samples samples = Samples.lines();
        for (int i = 1; i <= 60; i++) {
            samples.line("Séance d’accompagnement n° " + i + (i % 7 == 0
                    ? " : préparation, animation et compte rendu détaillé remis à l’équipe de direction sous huitaine" : ""),
                    "2", "HUR", "45.00", i % 5 == 0 ? "10" : "0", VatCategory.STANDARD, "20");
        }
        InvoiceDocument invoice = samples.document(InvoiceDocument.Kind.INVOICE, "F-2026-0060", null, null);
        List<String> pages = pages(renderer.render(invoice));

        assertTrue(pages.size() >= 3, "60 lines need several pages, got " + pages.size());
        String all = flat(String.join("\n", pages));
        for (int i = 1; i <= 60; i++) {
            assertTrue(all.contains("Séance d’accompagnement n° " + i + " ") || all.contains("n° " + i + "\n")
                    || all.matches("(?s).*n° " + i + "(\\D|$).*"), "line " + i);
        }
        for (int p = 0; p < pages.size(); p++) {
            String page = flat(pages.get(p));
            assertFooter(page, p + 1, pages.size());
            assertTrue(page.contains("F-2026-0060"), "the number on page " + (p + 1));
            if (p > 0 && page.contains("Séance")) {
                assertTrue(page.contains("Désignation") && page.contains("P.U. HT"), "headings repeated on page " + (p + 1));
                assertTrue(page.contains("(suite)"), "continuation header on page " + (p + 1));
            }
        }
        String last = flat(pages.get(pages.size() - 1));
        assertTrue(last.contains(money(invoice.amountDue())), "the amount due on the last page");
    }

    @Test
    void everyKindHasItsTitleAndItsOwnDates() throws Exception {
        Samples samples = Samples.mixedRates();
        String quote = flat(pages(renderer.render(samples.document(InvoiceDocument.Kind.QUOTE, "D-2026-0007", null, null))).get(0));
        assertTrue(quote.contains("Devis") && quote.contains("Valable jusqu’au") && quote.contains("1 mai 2026"), quote);
        assertFalse(quote.contains("Échéance"), "a quote has no due date");

        InvoiceDocument depositDoc = samples.document(InvoiceDocument.Kind.DEPOSIT_INVOICE, "F-2026-0043", null, null);
        String deposit = flat(pages(renderer.render(depositDoc)).get(0));
        assertTrue(deposit.contains("Facture d’acompte") && deposit.contains("F-2026-0043"), deposit);

        InvoiceDocument creditDoc = samples.document(InvoiceDocument.Kind.CREDIT_NOTE, "A-2026-0003", null, "F-2026-0042");
        String credit = flat(pages(renderer.render(creditDoc)).get(0));
        assertTrue(credit.contains("Avoir") && credit.contains("Facture corrigée") && credit.contains("F-2026-0042 du 16 février 2026"), credit);
        assertTrue(credit.contains("Montant de l’avoir") && credit.contains(money(creditDoc.amountDue())), credit);
        assertFooter(credit, 1, 1);
    }

    @Test
    void prepaidAmountAndExemptionNoteAreShownAndLabelsFollowTheLocale() throws Exception {
        Samples samples = Samples.mixedRates()
                .line("Formation « Lumière naturelle »", "1", "DAY", "600.00", "0", VatCategory.EXEMPT, "0");
        InvoiceDocument fr = samples.document(InvoiceDocument.Kind.INVOICE, "F-2026-0044",
                Money.of(10000, Samples.CURRENCY), null);
        String page = flat(pages(renderer.render(fr)).get(0));
        assertTrue(page.contains("Acompte versé") && page.contains(money(Money.of(10000, "EUR"))), page);
        assertTrue(page.contains("article 261-4-4° a du CGI"), page);

        InvoiceDocument en = new InvoiceDocument(fr.kind(), fr.number(), fr.issueDate(), fr.dueDate(), fr.validUntil(),
                fr.precedingInvoiceNumber(), fr.seller(), fr.brand(), fr.buyer(), fr.lines(), fr.vatTotals(),
                fr.totalExclVat(), fr.totalVat(), fr.totalInclVat(), fr.prepaid(), fr.amountDue(), fr.paymentTerms(),
                fr.payTo(), fr.mentions(), Locale.UK);
        String english = flat(pages(renderer.render(en)).get(0));
        assertTrue(english.contains("Invoice") && english.contains("Amount due") && english.contains("2 March 2026"), english);
        assertTrue(english.contains(en.amountDue().format(Locale.UK)), english);
        assertTrue(english.contains("Page 1 / 1"), english);
    }

    @Test
    void theFileIsAPdfA3WithEveryFontEmbedded() throws Exception {
        byte[] pdf = renderer.render(Samples.invoice());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
            assertEquals(3, xmp.getPDFAIdentificationSchema().getPart());
            assertFalse(document.getDocumentCatalog().getOutputIntents().isEmpty(), "an sRGB output intent");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("LiberationSans"), font.getName());
            }
        }
    }

    private static void assertFooter(String page, int number, int count) {
        assertTrue(page.contains("Essaim Coopérative, SCOP SARL"), () -> "legal name and form in\n" + page);
        assertTrue(page.contains("SIRET 81234567800015") && page.contains("RCS Lyon") && page.contains("TVA FR40812345678"),
                () -> "registration and VAT number in\n" + page);
        assertTrue(page.contains("12 rue de la Ruche, 69001 Lyon"), () -> "address in\n" + page);
        assertTrue(page.contains("Page " + number + " / " + count), () -> "page number in\n" + page);
    }

    static String money(Money amount) {
        return flat(amount.format(Locale.FRANCE));
    }

    /** Text extraction gives no-break spaces as they were drawn: compare on plain spaces. */
    static String flat(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }
}
