package coop.essaim.invoicing.quote;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.InvoicingFixture;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.CustomerDetails;
import coop.essaim.invoicing.api.CustomerKind;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.api.InvoiceStatus;
import coop.essaim.invoicing.api.Quote;
import coop.essaim.invoicing.api.QuoteStatus;
import coop.essaim.invoicing.api.Quotes;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.TestMailbox;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static coop.essaim.invoicing.InvoicingFixture.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A quote e-mailed through a real SMTP server (GreenMail) with its PDF, and the demo's quotes. */
class QuoteMailingAndDemoTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);
    private final Quotes quotes = fixture.invoicing().quotes();

    @Test
    void aDraftEMailedToTheCustomerIsSentWithItsPdfAndWithoutAnAddressNothingChanges() throws Exception {
        try (TestMailbox mailbox = TestMailbox.start(essaim, essaim.demoUser("admin"), "devis@essaim-demo.example")) {
            UserContext jeanne = fixture.jeanne();
            Customer customer = fixture.customer(jeanne, fixture.jeanneActivity(), "Atelier Courrier");
            Quote draft = quotes.create(jeanne, fixture.jeanneActivity(), QuotesTest.quoteOf(customer.id(), "20",
                    service("Robe de scène", "2", "300.00")));

            quotes.send(jeanne, draft.id());

            Quote sent = quotes.find(jeanne, draft.id()).orElseThrow();
            assertEquals(QuoteStatus.SENT, sent.status());
            List<MimeMessage> received = mailbox.received();
            assertEquals(1, received.size());
            assertEquals(customer.details().email(), received.get(0).getAllRecipients()[0].toString());
            assertTrue(received.get(0).getSubject().contains(sent.number()), received.get(0).getSubject());
            byte[] pdf = TestMailbox.pdfAttachment(received.get(0), "devis-" + sent.number() + ".pdf");
            assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
            assertEquals(1, quotes.sendings(jeanne, draft.id()).size());

            Customer silent = fixture.invoicing().customers().create(jeanne, fixture.jeanneActivity(),
                    new CustomerDetails(CustomerKind.PERSON, "Mme Sans Courriel", null, null, null, null, null));
            Quote other = quotes.create(jeanne, fixture.jeanneActivity(), QuotesTest.quoteOf(silent.id(), null,
                    service("Ourlets", "1", "40.00")));
            ValidationException refused = assertThrows(ValidationException.class, () -> quotes.send(jeanne,
                    other.id()));
            assertEquals("customer.email", refused.errors().get(0).field());
            assertNull(quotes.find(jeanne, other.id()).orElseThrow().number(), "no number used");
        }
    }

    @Test
    void eachDemoActivityButJeannesHasAQuoteInEveryStateAndAPaidDeposit() {
        UserContext compta = fixture.accountant();
        assertTrue(quotes.of(compta, fixture.jeanneActivity(), null).stream()
                .allMatch(q -> q.createdBy().equals(fixture.jeanne().login())), "Jeanne's stays the guide's");
        long activity = fixture.otherActivity();
        List<Quote> demo = quotes.of(compta, activity, null);
        Set<QuoteStatus> states = demo.stream().map(Quote::status).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(QuoteStatus.class), states);
        Quote accepted = demo.stream().filter(q -> q.status() == QuoteStatus.ACCEPTED).findFirst().orElseThrow();
        var deposit = quotes.invoicing(compta, accepted.id()).invoices().get(0);
        assertEquals(InvoiceKind.DEPOSIT_INVOICE, deposit.kind());
        assertEquals(InvoiceStatus.VALIDATED, deposit.status());
        assertTrue(deposit.outstanding().isZero(), "paid");
        assertEquals(accepted.deposit(), deposit.totalInclVat());
    }
}
