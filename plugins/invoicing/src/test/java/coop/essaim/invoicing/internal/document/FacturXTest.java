package coop.essaim.invoicing.internal.document;

import coop.essaim.api.money.Money;
import coop.essaim.api.sales.VatCategory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FacturXTest {

    private final FacturX facturX = new FacturX();

    @Test
    void theXmlStatesExactlyTheDocumentsLineVatAndTotalAmounts() {
        InvoiceDocument invoice = Samples.invoice();
        CiiAmounts xml = CiiAmounts.read(facturX.xml(invoice));

        assertEquals(invoice.lines().size(), xml.lines().size());
        for (int i = 0; i < invoice.lines().size(); i++) {
            assertEquals(invoice.lines().get(i).netAmount().toDecimal(), xml.lines().get(i).net(), "line " + (i + 1));
        }
        // 1.5 h at 33.33 less 7.5 % is 46.245375: the document rounds it to 46.25, and so must the XML
        assertEquals(new BigDecimal("46.25"), xml.lines().get(0).net());
        assertEquals(2, xml.taxes().size());
        for (InvoiceDocument.VatTotal total : invoice.vatTotals()) {
            CiiAmounts.TaxAmount tax = xml.taxes().stream()
                    .filter(t -> t.category().equals("S") && t.percent().compareTo(total.percent()) == 0).findFirst().orElseThrow();
            assertEquals(total.base().toDecimal(), tax.basis(), "base at " + total.percent());
            assertEquals(total.tax().toDecimal(), tax.tax(), "VAT at " + total.percent());
        }
        assertEquals(invoice.totalExclVat().toDecimal(), xml.lineTotal());
        assertEquals(invoice.totalExclVat().toDecimal(), xml.taxBasis());
        assertEquals(invoice.totalVat().toDecimal(), xml.taxTotal());
        assertEquals(invoice.totalInclVat().toDecimal(), xml.grandTotal());
        assertEquals(invoice.amountDue().toDecimal(), xml.duePayable());
    }

    @Test
    void anInvoiceWithSeveralRatesAnExemptLineAndAPrepaymentIsAValidEn16931FacturX() throws Exception {
        InvoiceDocument invoice = Samples.mixedRates()
                .line("Formation « Lumière naturelle »", "1", "DAY", "600.00", "0", VatCategory.EXEMPT, "0")
                .document(InvoiceDocument.Kind.INVOICE, "F-2026-0044", Money.of(20000, Samples.CURRENCY), null);
        byte[] file = facturX.create(invoice);

        ValidationReport report = ValidationReport.of(file);
        report.assertValidEn16931WithoutFrenchWarnings();

        String xml = embeddedXml(file);
        CiiAmounts amounts = CiiAmounts.read(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(invoice.totalInclVat().toDecimal(), amounts.grandTotal());
        assertEquals(new BigDecimal("200.00"), amounts.prepaid());
        assertEquals(invoice.amountDue().toDecimal(), amounts.duePayable());
        CiiAmounts.TaxAmount exempt = amounts.taxes().stream().filter(t -> t.category().equals("E")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("600.00"), exempt.basis());
        assertEquals(0, exempt.tax().signum());
        assertTrue(xml.contains("<ram:ExemptionReason>" + Samples.EXEMPTION + "</ram:ExemptionReason>"), xml);
        for (String code : List.of("PMT", "PMD", "AAB")) {
            assertTrue(xml.contains("<ram:SubjectCode>" + code + "</ram:SubjectCode>"), code + " note in\n" + xml);
        }
        assertTrue(!xml.contains("Membre d’une coopérative"), "a mention without a code is printed only");
        assertTrue(DocumentPdfTest.pages(file).get(0).contains("F-2026-0044"), "the drawn page is kept");
    }

    @Test
    void aCreditNoteIsAValidFacturXThatReferencesTheInvoiceItCorrects() throws Exception {
        InvoiceDocument credit = Samples.lines()
                .line("Annulation : tirages d’exposition non livrés", "2", "C62", "19.99", "0", VatCategory.STANDARD, "20")
                .document(InvoiceDocument.Kind.CREDIT_NOTE, "A-2026-0003", null, "F-2026-0042");
        byte[] file = facturX.create(credit);

        ValidationReport.of(file).assertValidEn16931WithoutFrenchWarnings();
        String xml = embeddedXml(file);
        assertTrue(xml.contains("<ram:TypeCode>381</ram:TypeCode>"), xml);
        assertTrue(xml.matches("(?s).*<ram:InvoiceReferencedDocument>\\s*<ram:IssuerAssignedID>F-2026-0042</ram:IssuerAssignedID>\\s*<ram:FormattedIssueDateTime>\\s*<qdt:DateTimeString format=\"102\">20260216</qdt:DateTimeString>.*"), xml);
        assertEquals(new BigDecimal("47.98"), CiiAmounts.read(xml.getBytes(StandardCharsets.UTF_8)).grandTotal());
    }

    @Test
    void vatRoundedPerLineThatMustangWouldStateDifferentlyIsRefused() {
        // three lines of 0.03 at 20 %: 0.01 of VAT each when rounded per line, 0.02 on the base of 0.09
        InvoiceDocument computed = Samples.lines()
                .line("Photocopie", "1", "C62", "0.03", "0", VatCategory.STANDARD, "20")
                .line("Photocopie", "1", "C62", "0.03", "0", VatCategory.STANDARD, "20")
                .line("Photocopie", "1", "C62", "0.03", "0", VatCategory.STANDARD, "20")
                .document(InvoiceDocument.Kind.INVOICE, "F-2026-0045", null, null);
        Money cent = Money.of(1, Samples.CURRENCY);
        InvoiceDocument.VatTotal vat = computed.vatTotals().get(0);
        InvoiceDocument perLine = new InvoiceDocument(computed.kind(), computed.number(), computed.issueDate(),
                computed.dueDate(), null, null, computed.seller(), computed.brand(), computed.buyer(), computed.lines(),
                List.of(new InvoiceDocument.VatTotal(vat.category(), vat.percent(), vat.base(), vat.tax().plus(cent), null)),
                computed.totalExclVat(), computed.totalVat().plus(cent), computed.totalInclVat().plus(cent),
                computed.prepaid(), computed.amountDue().plus(cent), computed.paymentTerms(), computed.payTo(),
                computed.mentions(), computed.locale());

        FacturXException refused = assertThrows(FacturXException.class, () -> facturX.create(perLine));
        assertTrue(refused.getMessage().contains("VAT S 20% tax 0.02 instead of 0.03"), refused.getMessage());
        assertTrue(refused.getMessage().contains("total incl. VAT 0.11 instead of 0.12"), refused.getMessage());
    }

    @Test
    void aNetAmountMustangCannotReachIsRefusedNotWrittenWrongly() {
        InvoiceDocument invoice = Samples.invoice();
        InvoiceDocument.Line first = invoice.lines().get(0);
        List<InvoiceDocument.Line> lines = new ArrayList<>(invoice.lines());
        lines.set(0, new InvoiceDocument.Line(1, first.description(), first.quantity(), first.unitCode(), first.unitPrice(),
                BigDecimal.ZERO, first.netAmount(), first.category(), first.vatPercent()));
        InvoiceDocument noDiscount = new InvoiceDocument(invoice.kind(), invoice.number(), invoice.issueDate(),
                invoice.dueDate(), null, null, invoice.seller(), invoice.brand(), invoice.buyer(), lines, invoice.vatTotals(),
                invoice.totalExclVat(), invoice.totalVat(), invoice.totalInclVat(), invoice.prepaid(), invoice.amountDue(),
                invoice.paymentTerms(), invoice.payTo(), invoice.mentions(), invoice.locale());

        FacturXException refused = assertThrows(FacturXException.class, () -> facturX.xml(noDiscount));
        assertTrue(refused.getMessage().startsWith("line 1:"), refused.getMessage());
    }

    @Test
    void aQuoteAndACreditNoteWithoutItsInvoiceGetNoFacturX() {
        Samples samples = Samples.mixedRates();
        assertThrows(FacturXException.class,
                () -> facturX.create(samples.document(InvoiceDocument.Kind.QUOTE, "D-2026-0007", null, null)));
        FacturXException credit = assertThrows(FacturXException.class,
                () -> facturX.create(samples.document(InvoiceDocument.Kind.CREDIT_NOTE, "A-2026-0004", null, null)));
        assertTrue(credit.getMessage().contains("must name the invoice it corrects"), credit.getMessage());
    }

    static String embeddedXml(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            Map<String, PDComplexFileSpecification> files = names.getEmbeddedFiles().getNames();
            PDComplexFileSpecification spec = files.get("factur-x.xml");
            assertTrue(spec != null, "factur-x.xml embedded, found " + files.keySet());
            return new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
        }
    }
}
