package coop.essaim.invoicing.quote;

import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.InvoicingFixture;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.LineDraft;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.invoicing.api.Quote;
import coop.essaim.invoicing.api.QuoteInvoiceKind;
import coop.essaim.invoicing.api.Quotes;
import coop.essaim.invoicing.internal.Invoicing;
import coop.essaim.testkit.EssaimTestKit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static coop.essaim.invoicing.InvoicingFixture.eur;
import static coop.essaim.invoicing.InvoicingFixture.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The balance invoice's file is a Factur-X, not the plain PDF: the figures of {@link QuoteAccountingTest}, the
 * deposit taken back as a negative line at 20 %, so the e-invoice's totals are the document's and the ledger's
 * (44571 credited 273.00, 411 debited 1 638.00), and the deposit invoice is named as a preceding invoice.
 */
class QuoteFacturXTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);
    private final Invoicing invoicing = fixture.invoicing();
    private final Quotes quotes = invoicing.quotes();

    @Test
    void theBalanceInvoiceOfAQuoteWithADepositIsAFacturXStatingWhatTheLedgerPosts() throws Exception {
        UserContext jeanne = fixture.jeanne();
        UserContext compta = fixture.accountant();
        long activity = fixture.jeanneActivity();
        Customer customer = fixture.customer(jeanne, activity, "Opéra Factur-X");
        LineDraft discounted = new LineDraft("Costume, remise fidélité", LineKind.SERVICE, BigDecimal.ONE, "C62",
                eur("500.00"), new BigDecimal("10"), "FR-20");
        Quote quote = quotes.create(jeanne, activity, QuotesTest.quoteOf(customer.id(), "30",
                service("Création", "3", "500.00"), discounted));
        quotes.accept(jeanne, quotes.markSent(jeanne, quote.id()).id());
        Invoice deposit = invoicing.invoices().validate(compta,
                quotes.invoice(jeanne, quote.id(), QuoteInvoiceKind.DEPOSIT, null).id());
        Invoice balance = invoicing.invoices().validate(compta,
                quotes.invoice(jeanne, quote.id(), QuoteInvoiceKind.BALANCE, null).id());

        String xml = embeddedXml(invoicing.files().pdf(jeanne, balance.id()));

        assertEquals("380", all(xml, "TypeCode").get(0), xml);
        Matcher preceding = Pattern.compile("(?s)<ram:InvoiceReferencedDocument>\\s*<ram:IssuerAssignedID>([^<]*)<")
                .matcher(xml);
        assertTrue(preceding.find(), xml);
        assertEquals(deposit.number(), preceding.group(1), "the deducted deposit invoice (BT-25)");
        assertTrue(!preceding.find(), "one deposit, one preceding invoice");
        assertEquals(List.of("1500.00", "450.00", "-585.00", "1365.00"), all(xml, "LineTotalAmount"),
                "the lines, the deposit at minus its amount excl. VAT, then the document's line total");
        assertEquals(List.of("1365.00"), all(xml, "TaxBasisTotalAmount"));
        assertEquals(List.of("273.00", "273.00"), all(xml, "CalculatedAmount|TaxTotalAmount"),
                "the VAT at 20 % and the VAT total: the 44571 credit of the balance's entry");
        assertEquals(List.of("1638.00"), all(xml, "GrandTotalAmount"));
        assertEquals(List.of("1638.00"), all(xml, "DuePayableAmount"), "the 411 debit of the balance's entry");
        assertEquals(List.of("0.00"), all(xml, "TotalPrepaidAmount"),
                "the deposit is a line, not a paid amount (BT-113)");
        assertEquals(eur("1638.00"), balance.totalInclVat());
        assertEquals(eur("273.00"), balance.totalVat());

        String depositXml = embeddedXml(invoicing.files().pdf(jeanne, deposit.id()));
        assertEquals("386", all(depositXml, "TypeCode").get(0));
        assertTrue(!depositXml.contains("InvoiceReferencedDocument"), "a deposit invoice deducts nothing");
    }

    /** The text of every {@code ram:NAME} element (NAME a regex of local names), in document order. */
    private static List<String> all(String xml, String names) {
        Matcher m = Pattern.compile("<ram:(?:" + names + ")(?: [^>]*)?>([^<]*)</ram:").matcher(xml);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }

    private static String embeddedXml(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            Map<String, PDComplexFileSpecification> files = names.getEmbeddedFiles() == null ? Map.of()
                    : names.getEmbeddedFiles().getNames();
            PDComplexFileSpecification spec = files.get("factur-x.xml");
            assertTrue(spec != null, "a Factur-X, not the plain PDF: embedded " + files.keySet());
            return new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
        }
    }
}
