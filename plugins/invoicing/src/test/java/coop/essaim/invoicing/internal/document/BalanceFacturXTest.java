package coop.essaim.invoicing.internal.document;

import coop.essaim.api.money.Money;
import coop.essaim.api.sales.VatCategory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The balance invoice of a quote with a 30 % deposit, the figures of QuoteAccountingTest:
 *
 * <pre>
 * quote    3 days x 500.00 + 500.00 less 10 % = 1 950.00 excl. VAT
 * deposit  F-2026-0040: 585.00 + 117.00 VAT = 702.00
 * balance  1 950.00 - 585.00 = 1 365.00 excl. VAT, 273.00 VAT (20 %), 1 638.00 due
 * </pre>
 */
class BalanceFacturXTest {

    private static final LocalDate DEPOSIT_DATE = LocalDate.of(2026, 2, 10);

    private final FacturX facturX = new FacturX();

    static InvoiceDocument balance() {
        return Samples.lines()
                .line("Création", "3", "DAY", "500.00", "0", VatCategory.STANDARD, "20")
                .line("Costume, remise fidélité", "1", "C62", "500.00", "10", VatCategory.STANDARD, "20")
                .line("Acompte facturé, facture F-2026-0040 du 10/02/2026", "-1", "C62", "585.00", "0",
                        VatCategory.STANDARD, "20")
                .deducting("F-2026-0040", DEPOSIT_DATE)
                .document(InvoiceDocument.Kind.INVOICE, "F-2026-0046", null, null);
    }

    @Test
    void aBalanceInvoiceTakingBackItsDepositIsAValidEn16931FacturXStatingTheDocumentsAmounts() throws Exception {
        InvoiceDocument balance = balance();
        assertEquals(Money.of(136_500, Samples.CURRENCY), balance.totalExclVat(), "the sample's own figures");
        assertEquals(Money.of(27_300, Samples.CURRENCY), balance.totalVat());
        assertEquals(Money.of(163_800, Samples.CURRENCY), balance.amountDue());

        byte[] file = facturX.create(balance);

        ValidationReport.of(file).assertValidEn16931WithoutFrenchWarnings();
        String xml = FacturXTest.embeddedXml(file);
        CiiAmounts amounts = CiiAmounts.read(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new BigDecimal("1500.00"), new BigDecimal("450.00"), new BigDecimal("-585.00")),
                amounts.lines().stream().map(CiiAmounts.LineAmount::net).toList());
        assertEquals(1, amounts.taxes().size());
        assertEquals(new BigDecimal("1365.00"), amounts.taxes().get(0).basis());
        assertEquals(new BigDecimal("273.00"), amounts.taxes().get(0).tax());
        assertEquals(balance.totalExclVat().toDecimal(), amounts.lineTotal());
        assertEquals(balance.totalExclVat().toDecimal(), amounts.taxBasis());
        assertEquals(balance.totalVat().toDecimal(), amounts.taxTotal());
        assertEquals(new BigDecimal("1638.00"), amounts.grandTotal());
        assertEquals(0, amounts.prepaid().signum(), "the deposit is a line, not a paid amount counted twice");
        assertEquals(new BigDecimal("1638.00"), amounts.duePayable());
        assertTrue(xml.matches("(?s).*<ram:BilledQuantity unitCode=\"C62\">-1(\\.0+)?</ram:BilledQuantity>.*"), xml);
        assertTrue(xml.matches("(?s).*<ram:InvoiceReferencedDocument>\\s*<ram:IssuerAssignedID>F-2026-0040"
                + "</ram:IssuerAssignedID>\\s*<ram:FormattedIssueDateTime>\\s*<qdt:DateTimeString format=\"102\">"
                + "20260210</qdt:DateTimeString>.*"), xml);
        assertTrue(DocumentPdfTest.pages(file).get(0).contains("Acompte déduit F-2026-0040 du 10 février 2026"),
                DocumentPdfTest.pages(file).get(0));
    }

    @Test
    void everyDeductedDepositIsNamedAsAPrecedingInvoice() throws Exception {
        InvoiceDocument balance = Samples.lines()
                .line("Création", "3", "DAY", "500.00", "0", VatCategory.STANDARD, "20")
                .line("Acompte facturé, facture F-2026-0040", "-1", "C62", "300.00", "0", VatCategory.STANDARD, "20")
                .line("Acompte facturé, facture F-2026-0041", "-1", "C62", "200.00", "0", VatCategory.STANDARD, "20")
                .deducting("F-2026-0040", DEPOSIT_DATE).deducting("F-2026-0041", DEPOSIT_DATE.plusDays(7))
                .document(InvoiceDocument.Kind.INVOICE, "F-2026-0047", null, null);

        byte[] file = facturX.create(balance);

        ValidationReport.of(file).assertValidEn16931WithoutFrenchWarnings();
        String xml = FacturXTest.embeddedXml(file);
        assertTrue(xml.contains("<ram:IssuerAssignedID>F-2026-0040</ram:IssuerAssignedID>"), xml);
        assertTrue(xml.contains("<ram:IssuerAssignedID>F-2026-0041</ram:IssuerAssignedID>"), xml);
        assertEquals(new BigDecimal("1200.00"), CiiAmounts.read(xml.getBytes(StandardCharsets.UTF_8)).duePayable());
    }

    @Test
    void aNegativeLineWithADiscountIsRefusedNotWrittenWrongly() {
        InvoiceDocument balance = balance();
        List<InvoiceDocument.Line> lines = new ArrayList<>(balance.lines());
        InvoiceDocument.Line deduction = lines.get(2);
        lines.set(2, new InvoiceDocument.Line(3, deduction.description(), deduction.quantity(), deduction.unitCode(),
                Money.of(65_000, Samples.CURRENCY), BigDecimal.TEN, deduction.netAmount(), deduction.category(),
                deduction.vatPercent()));
        InvoiceDocument discounted = new InvoiceDocument(balance.kind(), balance.number(), balance.issueDate(),
                balance.dueDate(), null, null, null, balance.seller(), balance.brand(), balance.buyer(), lines,
                balance.vatTotals(), balance.totalExclVat(), balance.totalVat(), balance.totalInclVat(),
                balance.prepaid(), balance.amountDue(), balance.paymentTerms(), balance.payTo(), balance.mentions(),
                balance.locale(), balance.deductedDeposits());

        FacturXException refused = assertThrows(FacturXException.class, () -> facturX.xml(discounted));
        assertTrue(refused.getMessage().startsWith("line 3: a negative line states no discount"), refused.getMessage());
    }
}
