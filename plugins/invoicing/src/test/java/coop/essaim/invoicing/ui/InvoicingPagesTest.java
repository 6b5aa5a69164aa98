package coop.essaim.invoicing.ui;

import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.InvoicingFixture;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceStatus;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static coop.essaim.invoicing.InvoicingFixture.draft;
import static coop.essaim.invoicing.InvoicingFixture.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invoicing pages in the real web application, as Jeanne and as the accountant use them. */
class InvoicingPagesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit().withWeb();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);

    @Test
    void jeanneAddsACustomerDraftsAnInvoiceAddsALineAndValidatesIt() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(CustomersPage.class);
        tester.assertRenderedPage(CustomersPage.class);
        FormTester add = tester.newFormTester("customerForm");
        add.setValue("name", "Compagnie du Fil Rouge");
        add.setValue("email", "bonjour@filrouge.example");
        add.setValue("city", "Lyon");
        add.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("Compagnie du Fil Rouge");

        Customer customer = fixture.invoicing().customers().list(fixture.jeanne(), fixture.jeanneActivity()).stream()
                .filter(c -> c.details().name().equals("Compagnie du Fil Rouge")).findFirst().orElseThrow();
        FormTester invoice = tester.newFormTester("invoiceForm");
        invoice.select("customer", indexOf(fixture.invoicing().customers().list(fixture.jeanne(),
                fixture.jeanneActivity()), customer));
        invoice.setValue("description", "Costumes de scène");
        invoice.setValue("quantity", "2");
        invoice.setValue("price", "350,50");
        invoice.submit();
        tester.assertNoErrorMessage();
        tester.assertRenderedPage(InvoicePage.class);
        tester.assertContains("Costumes de scène");

        FormTester line = tester.newFormTester("editor:addLine");
        line.setValue("description", "Retouches");
        line.setValue("quantity", "1,5");
        line.setValue("price", "40");
        line.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("Retouches");
        tester.assertContains("913,20"); // (701.00 + 60.00) excl. VAT + 20 %

        tester.newFormTester("actions").submit("validate");
        tester.assertNoErrorMessage();
        Invoice validated = fixture.invoicing().invoices().list(fixture.jeanne(),
                        new coop.essaim.invoicing.api.InvoiceQuery(fixture.jeanneActivity(), InvoiceStatus.VALIDATED,
                                null, 0, 500)).items().stream()
                .filter(i -> i.customerId() == customer.id()).findFirst().orElseThrow();
        tester.assertContains(validated.number());
        tester.assertInvisible("editor:addLine");
    }

    @Test
    void aBadAmountIsNamedAndNothingChanges() {
        UserContext compta = fixture.accountant();
        Customer customer = fixture.customer(compta, fixture.jeanneActivity(), "Atelier Refus");
        Invoice invoice = fixture.invoicing().invoices().createDraft(compta, fixture.jeanneActivity(),
                draft(customer.id(), service("Patron", "1", "30.00")));
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(InvoicePage.class, new PageParameters().set("id", invoice.id()));
        FormTester line = tester.newFormTester("editor:addLine");
        line.setValue("description", "");
        line.setValue("quantity", "-2");
        line.setValue("price", "12");
        line.submit();
        assertTrue(tester.getFeedbackMessages(null).stream().anyMatch(m -> m.getMessage().toString()
                .startsWith("Quantité")), tester.getFeedbackMessages(null).toString());
        assertEquals(1, fixture.invoicing().invoices().find(compta, invoice.id()).orElseThrow().lines().size());
    }

    @Test
    void anotherActivitysInvoiceIsNotFoundForJeanne() {
        UserContext compta = fixture.accountant();
        Customer customer = fixture.customer(compta, fixture.otherActivity(), "Client d’un autre");
        Invoice theirs = fixture.invoicing().invoices().createDraft(compta, fixture.otherActivity(),
                draft(customer.id(), service("Étude", "1", "100.00")));
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(InvoicePage.class, new PageParameters().set("id", theirs.id()));
        assertEquals(404, tester.getLastResponse().getStatus());
    }

    @Test
    void theAccountantRecordsAPaymentAndExportsTheList() {
        UserContext compta = fixture.accountant();
        Customer customer = fixture.customer(compta, fixture.otherActivity(), "=Client Formule");
        Invoice invoice = fixture.invoicing().invoices().validate(compta, fixture.invoicing().invoices()
                .createDraft(compta, fixture.otherActivity(), draft(customer.id(), service("Étude", "1", "100.00")))
                .id());
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("compta");
        tester.startPage(InvoicePage.class, new PageParameters().set("id", invoice.id()));
        FormTester pay = tester.newFormTester("payments:form");
        pay.setValue("amount", "120,00");
        pay.setValue("reference", "VIR 123");
        pay.submit();
        tester.assertNoErrorMessage();
        assertTrue(fixture.invoicing().invoices().find(compta, invoice.id()).orElseThrow().outstanding().isZero());

        tester.startPage(InvoicesPage.class, new PageParameters().set("activity", fixture.otherActivity()));
        tester.assertContains(invoice.number());
        tester.clickLink("csv");
        String csv = tester.getLastResponseAsString();
        assertTrue(csv.contains(invoice.number() + ";Facture;"), csv);
        assertTrue(csv.contains("'=Client Formule"), csv);
    }

    @Test
    void jeanneInvoicesAnotherActivityWhichTheAccountantAccepts() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(InternalInvoicesPage.class);
        tester.assertRenderedPage(InternalInvoicesPage.class);
        FormTester draft = tester.newFormTester("draft");
        draft.select("buyer", 0);
        draft.setValue("description", "Housses brodées pour un autre membre");
        draft.setValue("quantity", "3");
        draft.setValue("price", "45,50");
        draft.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("Housses brodées");
        tester.assertContains("136,50");

        long id = fixture.invoicing().internalInvoices().of(fixture.jeanne(), fixture.jeanneActivity()).stream()
                .filter(i -> i.description().startsWith("Housses")).findFirst().orElseThrow().id();
        long buyer = fixture.invoicing().internalInvoices().find(fixture.jeanne(), id).orElseThrow().buyerActivityId();
        EssaimWicketTester compta = essaim.wicketTester().logInDemo("compta");
        compta.startPage(InternalInvoicesPage.class, new PageParameters().set("activity", buyer));
        compta.assertContains("Housses brodées");
        compta.newFormTester("list").submit("internal:0:accept");
        compta.assertNoErrorMessage();
        assertTrue(fixture.invoicing().internalInvoices().find(fixture.accountant(), id).orElseThrow().accepted());
    }

    @Test
    void aValidatedInvoiceDownloadsAsFacturX() {
        UserContext compta = fixture.accountant();
        Customer customer = fixture.customer(compta, fixture.jeanneActivity(), "Atelier Téléchargement");
        Invoice invoice = fixture.invoicing().invoices().validate(compta, fixture.invoicing().invoices()
                .createDraft(compta, fixture.jeanneActivity(), draft(customer.id(), service("Robe", "1", "250.00")))
                .id());
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(InvoicePage.class, new PageParameters().set("id", invoice.id()));
        tester.assertVisible("sending");
        tester.clickLink("pdf");
        assertEquals("application/pdf", tester.getLastResponse().getContentType());
        byte[] pdf = tester.getLastResponse().getBinaryContent();
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).contains("factur-x.xml"));
    }

    @Test
    void jeanneFilesAnExpenseWithItsReceiptAndAnImageInDisguiseIsRefused(@org.junit.jupiter.api.io.TempDir
                                                                          java.nio.file.Path dir) throws Exception {
        java.nio.file.Path pdf = java.nio.file.Files.writeString(dir.resolve("billet.pdf"), "%PDF-1.7\n%%EOF\n");
        java.nio.file.Path fake = java.nio.file.Files.writeString(dir.resolve("faux.pdf"), "<svg></svg>");
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(ExpensesPage.class);
        FormTester create = tester.newFormTester("create");
        create.setValue("label", "Salon de Lyon");
        create.submit();
        tester.assertRenderedPage(ExpensesPage.class);
        tester.assertContains("Salon de Lyon");

        FormTester line = tester.newFormTester("note:addLine");
        line.select("account", 0);
        line.setValue("description", "Train");
        line.setValue("amount", "48,00");
        line.setValue("vat", "4,36");
        line.setFile("receipt", new org.apache.wicket.util.file.File(fake.toFile()), "application/pdf");
        line.submit();
        assertTrue(tester.getFeedbackMessages(null).stream().anyMatch(m -> m.getMessage().toString()
                .contains("PDF, PNG ou JPEG")), tester.getFeedbackMessages(null).toString());

        line = tester.newFormTester("note:addLine");
        line.select("account", 0);
        line.setValue("description", "Train");
        line.setValue("amount", "48,00");
        line.setValue("vat", "4,36");
        line.setFile("receipt", new org.apache.wicket.util.file.File(pdf.toFile()), "application/pdf");
        line.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("48,00");
        tester.newFormTester("note:actions").submit("submit");
        tester.assertNoErrorMessage();
        tester.assertContains("Soumise");
    }

    @Test
    void theAccountantImportsAStatementAndMatchesACredit(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        UserContext compta = fixture.accountant();
        Customer customer = fixture.customer(compta, fixture.jeanneActivity(), "Atelier Rapprochement");
        Invoice invoice = fixture.invoicing().invoices().validate(compta, fixture.invoicing().invoices()
                .createDraft(compta, fixture.jeanneActivity(), draft(customer.id(), service("Robe", "1", "411.11")))
                .id());
        java.nio.file.Path csv = java.nio.file.Files.writeString(dir.resolve("releve.csv"),
                "Date;Libellé;Montant\n" + java.time.LocalDate.now() + ";VIR " + invoice.number() + " ATELIER;493,33\n");
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("compta");
        tester.startPage(BankPage.class);
        FormTester upload = tester.newFormTester("import");
        upload.setFile("file", new org.apache.wicket.util.file.File(csv.toFile()), "text/csv");
        upload.submit();
        tester.assertNoErrorMessage();
        tester.assertContains(invoice.number());
        tester.assertContains("1 ligne");
        tester.newFormTester("matches").submit("lines:0:suggestions:0:confirm");
        tester.assertNoErrorMessage();
        assertTrue(fixture.invoicing().invoices().find(compta, invoice.id()).orElseThrow().outstanding().isZero());

        EssaimWicketTester jeanne = essaim.wicketTester().logInDemo("jeanne");
        jeanne.startPage(BankPage.class);
        assertEquals(403, jeanne.getLastResponse().getStatus());
    }

    private static int indexOf(List<Customer> customers, Customer customer) {
        for (int i = 0; i < customers.size(); i++) {
            if (customers.get(i).id() == customer.id()) {
                return i;
            }
        }
        throw new AssertionError("customer not listed");
    }
}
