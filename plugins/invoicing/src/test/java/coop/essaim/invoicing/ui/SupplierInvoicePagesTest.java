package coop.essaim.invoicing.ui;

import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.InvoicingFixture;
import coop.essaim.invoicing.PurchaseFixture;
import coop.essaim.invoicing.api.SupplierInvoice;
import coop.essaim.invoicing.api.SupplierInvoiceStatus;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.file.File;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static coop.essaim.invoicing.PurchaseFixture.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The supplier invoice pages and the bank page's debits, as Jeanne and the accountant use them. */
class SupplierInvoicePagesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit().withWeb();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);
    private final PurchaseFixture purchases = new PurchaseFixture(fixture);

    @Test
    void jeanneTypesASupplierInvoiceWithItsDocumentAndAccountingValidatesAndPaysIt(@TempDir Path dir)
            throws Exception {
        Path pdf = Files.write(dir.resolve("facture.pdf"), PurchaseFixture.PDF);
        Path fake = Files.writeString(dir.resolve("faux.pdf"), "<svg></svg>");
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(SupplierInvoicesPage.class);
        FormTester supplier = tester.newFormTester("supplierForm");
        supplier.setValue("name", "Mercerie des Pages");
        supplier.setValue("iban", "FR76 3000 1007 9412 3456 7890 999");
        supplier.submit();
        assertTrue(tester.getFeedbackMessages(null).stream().anyMatch(m -> m.getMessage().toString()
                .startsWith("IBAN")), tester.getFeedbackMessages(null).toString());
        supplier = tester.newFormTester("supplierForm");
        supplier.setValue("name", "Mercerie des Pages");
        supplier.setValue("iban", "FR76 3000 1007 9412 3456 7890 185");
        supplier.submit();
        tester.assertNoErrorMessage();

        FormTester invoice = tester.newFormTester("invoiceForm");
        invoice.select("supplier", 0);
        invoice.setValue("number", "P-2026-1");
        invoice.select("line:account", 0);
        invoice.setValue("line:description", "Boutons nacre");
        invoice.setValue("line:net", "100,00");
        invoice.submit();
        tester.assertNoErrorMessage();
        tester.assertRenderedPage(SupplierInvoicePage.class);
        tester.assertContains("Boutons nacre");
        tester.assertContains("120,00");

        FormTester upload = tester.newFormTester("receiptForm");
        upload.setFile("file", new File(fake.toFile()), "application/pdf");
        upload.submit();
        assertTrue(tester.getFeedbackMessages(null).stream().anyMatch(m -> m.getMessage().toString()
                .contains("PDF, PNG ou JPEG")), tester.getFeedbackMessages(null).toString());
        upload = tester.newFormTester("receiptForm");
        upload.setFile("file", new File(pdf.toFile()), "application/pdf");
        upload.submit();
        tester.assertNoErrorMessage();
        tester.assertVisible("receipt");
        tester.newFormTester("actions").submit("submit");
        tester.assertNoErrorMessage();
        tester.assertContains("À valider par la comptabilité");
        tester.assertInvisible("actions:validate");
        tester.assertInvisible("addLine");

        SupplierInvoice typed = fixture.invoicing().supplierInvoices().of(fixture.jeanne(), fixture.jeanneActivity(),
                SupplierInvoiceStatus.SUBMITTED, null).get(0);
        EssaimWicketTester compta = essaim.wicketTester().logInDemo("compta");
        compta.startPage(SupplierInvoicePage.class, new PageParameters().set("id", typed.id()));
        compta.newFormTester("actions").submit("validate");
        compta.assertNoErrorMessage();
        FormTester pay = compta.newFormTester("payments:form");
        pay.setValue("amount", "120,01");
        pay.submit();
        assertTrue(compta.getFeedbackMessages(null).stream().anyMatch(m -> m.getMessage().toString()
                .startsWith("Montant")), compta.getFeedbackMessages(null).toString());
        pay = compta.newFormTester("payments:form");
        pay.setValue("amount", "120,00");
        pay.submit();
        compta.assertNoErrorMessage();
        assertEquals(SupplierInvoiceStatus.PAID, fixture.invoicing().supplierInvoices().find(fixture.accountant(),
                typed.id()).orElseThrow().status());

        compta.startPage(SupplierInvoicesPage.class, new PageParameters().set("activity", fixture.jeanneActivity()));
        compta.assertContains("P-2026-1");
        compta.clickLink("csv");
        String csv = compta.getLastResponseAsString();
        assertTrue(csv.contains(typed.reference() + ";Mercerie des Pages;P-2026-1;"), csv);
        assertTrue(csv.contains(";120.00;0.00;EUR;Payée"), csv);
    }

    @Test
    void anotherActivitysSupplierInvoiceIsNotFoundForJeanne() {
        UserContext compta = fixture.accountant();
        SupplierInvoice theirs = fixture.invoicing().supplierInvoices().create(compta, fixture.otherActivity(),
                PurchaseFixture.draft(purchases.supplier(compta, fixture.otherActivity(), "Fournisseur Caché"),
                        "C-1", line("604000", "Étude", "10.00", null)));
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(SupplierInvoicePage.class, new PageParameters().set("id", theirs.id()));
        assertEquals(404, tester.getLastResponse().getStatus());
        tester.startPage(SupplierInvoicesPage.class, new PageParameters().set("activity", fixture.otherActivity()));
        assertEquals(404, tester.getLastResponse().getStatus(), "another's activity is not shown, nor replaced");
        tester.startPage(InvoicesPage.class, new PageParameters().set("activity", fixture.otherActivity()));
        assertEquals(404, tester.getLastResponse().getStatus(), "nor is its list of invoices");
    }

    @Test
    void theBankPageMatchesADebitToASupplierInvoice(@TempDir Path dir) throws Exception {
        UserContext compta = fixture.accountant();
        SupplierInvoice invoice = purchases.validated(compta, fixture.otherActivity(), purchases.supplier(compta,
                fixture.otherActivity(), "Reprographie Débit"), "RD-31", line("606400", "Copies", "25.00", "FR-20"));
        Path csv = Files.writeString(dir.resolve("debits.csv"), "Date;Libellé;Montant\n" + LocalDate.now()
                + ";PRLV REPROGRAPHIE DEBIT RD-31;-30,00\n");
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("compta");
        tester.startPage(BankPage.class);
        FormTester upload = tester.newFormTester("import");
        upload.setFile("file", new File(csv.toFile()), "text/csv");
        upload.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("RD-31");
        tester.newFormTester("debitMatches").submit("debits:0:suggestions:0:confirm");
        tester.assertNoErrorMessage();
        assertEquals(SupplierInvoiceStatus.PAID, fixture.invoicing().supplierInvoices().find(compta, invoice.id())
                .orElseThrow().status());
    }
}
