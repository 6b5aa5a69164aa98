package coop.essaim.invoicing.ui;

import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.InvoicingFixture;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.api.Quote;
import coop.essaim.invoicing.api.QuoteDraft;
import coop.essaim.invoicing.api.QuoteStatus;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static coop.essaim.invoicing.InvoicingFixture.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quote pages in the real web application, as Jeanne uses them, and their refusals. */
class QuotePagesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit().withWeb();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);

    @Test
    void jeanneWritesSendsAcceptsAQuoteAndDraftsItsDepositInvoice() {
        Customer customer = fixture.customer(fixture.jeanne(), fixture.jeanneActivity(), "Théâtre des Pages");
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(QuotesPage.class, new PageParameters().set("activity", fixture.jeanneActivity()));
        tester.assertRenderedPage(QuotesPage.class);
        FormTester form = tester.newFormTester("quoteForm");
        List<Customer> customers = fixture.invoicing().customers().list(fixture.jeanne(), fixture.jeanneActivity());
        form.select("customer", customers.indexOf(customer));
        form.setValue("deposit", "30");
        form.setValue("description", "Costumes du spectacle");
        form.setValue("quantity", "2");
        form.setValue("price", "400");
        form.submit();
        tester.assertNoErrorMessage();
        tester.assertRenderedPage(QuotePage.class);
        tester.assertContains("Costumes du spectacle");
        tester.assertContains("960,00"); // 800.00 excl. VAT + 20 %

        FormTester line = tester.newFormTester("editor:addLine");
        line.setValue("description", "Retouches");
        line.setValue("price", "100");
        line.setValue("discount", "10");
        line.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("Retouches");
        assertEquals(InvoicingFixture.eur("1068.00"), fixture.invoicing().quotes().of(fixture.jeanne(),
                fixture.jeanneActivity(), QuoteStatus.DRAFT).stream().filter(q -> q.customerId() == customer.id())
                .findFirst().orElseThrow().totalInclVat()); // (800.00 + 100.00 less 10 %) + 20 %

        tester.newFormTester("actions").submit("markSent");
        tester.assertNoErrorMessage();
        Quote sent = fixture.invoicing().quotes().of(fixture.jeanne(), fixture.jeanneActivity(), QuoteStatus.SENT)
                .stream().filter(q -> q.customerId() == customer.id()).findFirst().orElseThrow();
        tester.assertContains(sent.number());
        tester.assertInvisible("editor:addLine");
        tester.clickLink("pdf");
        assertEquals("application/pdf", tester.getLastResponse().getContentType());
        byte[] pdf = tester.getLastResponse().getBinaryContent();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

        tester.startPage(QuotePage.class, new PageParameters().set("id", sent.id()));
        tester.newFormTester("actions").submit("accept");
        tester.assertNoErrorMessage();
        assertEquals(QuoteStatus.ACCEPTED, fixture.invoicing().quotes().find(fixture.jeanne(), sent.id())
                .orElseThrow().status());
        FormTester convert = tester.newFormTester("convert");
        convert.select("kind", 1); // DEPOSIT
        convert.submit("invoice");
        tester.assertNoErrorMessage();
        tester.assertRenderedPage(InvoicePage.class);
        Invoice deposit = fixture.invoicing().quotes().invoicing(fixture.jeanne(), sent.id()).invoices().get(0);
        assertEquals(InvoiceKind.DEPOSIT_INVOICE, deposit.kind());
        tester.assertContains("Acompte de 30");

        tester.startPage(QuotePage.class, new PageParameters().set("id", sent.id()));
        tester.assertContains(sent.number());
        tester.assertContains("Facture d\u2019acompte");
    }

    @Test
    void theListFiltersByStatusAndExportsCsvAndAnotherActivitysQuoteIsNotFound() {
        UserContext compta = fixture.accountant();
        Customer mine = fixture.customer(compta, fixture.jeanneActivity(), "Atelier Liste");
        fixture.invoicing().quotes().create(compta, fixture.jeanneActivity(), new QuoteDraft(mine.id(), null, null,
                null, null, List.of(service("Broderie", "1", "120.00"))));
        Customer theirs = fixture.customer(compta, fixture.otherActivity(), "Client d’un autre devis");
        Quote other = fixture.invoicing().quotes().create(compta, fixture.otherActivity(), new QuoteDraft(theirs.id(),
                null, null, null, null, List.of(service("Étude", "1", "100.00"))));

        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(QuotesPage.class, new PageParameters().set("activity", fixture.jeanneActivity())
                .set("status", "DRAFT"));
        assertTrue(listed(tester).stream().anyMatch(q -> q.customerId() == mine.id()));
        tester.clickLink("csv");
        String csv = tester.getLastResponseAsString();
        assertTrue(csv.contains("numero;date;valable_jusqu_au"), csv);
        assertTrue(csv.contains("Atelier Liste") && csv.contains("144.00"), csv);
        tester.startPage(QuotesPage.class, new PageParameters().set("activity", fixture.jeanneActivity())
                .set("status", "ACCEPTED"));
        assertTrue(listed(tester).stream().noneMatch(q -> q.customerId() == mine.id()));

        tester.startPage(QuotePage.class, new PageParameters().set("id", other.id()));
        assertEquals(404, tester.getLastResponse().getStatus());
        tester.startPage(QuotesPage.class, new PageParameters().set("activity", fixture.otherActivity()));
        tester.assertContainsNot("Client d’un autre devis");
    }

    @SuppressWarnings("unchecked")
    private static List<Quote> listed(EssaimWicketTester tester) {
        return ((org.apache.wicket.markup.html.list.ListView<Quote>) tester.getComponentFromLastRenderedPage("quotes"))
                .getModelObject();
    }
}
