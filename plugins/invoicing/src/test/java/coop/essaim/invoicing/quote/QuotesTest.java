package coop.essaim.invoicing.quote;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.InvoicingFixture;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.api.LineDraft;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.invoicing.api.Quote;
import coop.essaim.invoicing.api.QuoteDraft;
import coop.essaim.invoicing.api.QuoteInvoiceKind;
import coop.essaim.invoicing.api.QuoteStatus;
import coop.essaim.invoicing.api.Quotes;
import coop.essaim.invoicing.internal.Invoicing;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static coop.essaim.invoicing.InvoicingFixture.eur;
import static coop.essaim.invoicing.InvoicingFixture.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quotes' workflow, numbering and reach on the real core, in the demo cooperative, with the French rules. */
class QuotesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);
    private final Invoicing invoicing = fixture.invoicing();
    private final Quotes quotes = invoicing.quotes();

    static QuoteDraft quoteOf(long customerId, String deposit, LineDraft... lines) {
        return new QuoteDraft(customerId, null, null, deposit == null ? null : new BigDecimal(deposit), null,
                List.of(lines));
    }

    @Test
    void aDraftIsEditedThenSentWithItsNumberAndNeverEditedAgain() {
        UserContext jeanne = fixture.jeanne();
        Customer customer = fixture.customer(jeanne, fixture.jeanneActivity(), "Théâtre Devis");
        LineDraft discounted = new LineDraft("Costume, remise fidélité", LineKind.SERVICE, BigDecimal.ONE, "C62",
                eur("500.00"), new BigDecimal("10"), "FR-20");
        Quote draft = quotes.create(jeanne, fixture.jeanneActivity(), quoteOf(customer.id(), "30",
                service("Création", "3", "500.00"), discounted));
        assertEquals(QuoteStatus.DRAFT, draft.status());
        assertNull(draft.number());
        assertEquals(LocalDate.now().plusDays(30), draft.validUntil(), "the default validity");
        assertEquals(eur("1950.00"), draft.totalExclVat()); // 1 500.00 + 500.00 less 10 %
        assertEquals(eur("2340.00"), draft.totalInclVat());
        assertEquals(eur("702.00"), draft.deposit()); // 30 % of the total incl. VAT

        Quote changed = quotes.change(jeanne, draft.id(), quoteOf(customer.id(), "0", service("Création", "2",
                "500.00")));
        assertEquals(eur("1000.00"), changed.totalExclVat());
        Quote sent = quotes.markSent(jeanne, draft.id());
        Quote next = quotes.markSent(jeanne, quotes.create(jeanne, fixture.jeanneActivity(),
                quoteOf(customer.id(), null, service("Retouches", "1", "80.00"))).id());

        assertEquals(QuoteStatus.SENT, sent.status());
        int year = LocalDate.now().getYear();
        assertTrue(sent.number().matches("D" + year + "-\\d{5}"), sent.number());
        assertEquals(Integer.parseInt(sent.number().substring(6)) + 1, Integer.parseInt(next.number().substring(6)));
        assertEquals(jeanne.login(), sent.sentBy());
        ValidationException edit = assertThrows(ValidationException.class, () -> quotes.change(jeanne, sent.id(),
                quoteOf(customer.id(), null, service("Création", "9", "500.00"))));
        assertEquals("status", edit.errors().get(0).field());
        assertThrows(ValidationException.class, () -> quotes.delete(jeanne, sent.id()));
        assertThrows(ValidationException.class, () -> quotes.markSent(jeanne, sent.id()));
        assertEquals(eur("1000.00"), quotes.find(jeanne, sent.id()).orElseThrow().totalExclVat());
    }

    @Test
    void badInputIsNamedAndChangesNothing() {
        UserContext jeanne = fixture.jeanne();
        Customer customer = fixture.customer(jeanne, fixture.jeanneActivity(), "Atelier Mauvais Devis");
        ValidationException bad = assertThrows(ValidationException.class, () -> quotes.create(jeanne,
                fixture.jeanneActivity(), new QuoteDraft(customer.id(), LocalDate.now(), LocalDate.now().minusDays(1),
                        new BigDecimal("120"), null, List.of(service("Création", "0", "10.00")))));
        List<String> fields = bad.errors().stream().map(ValidationException.FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("validUntil", "depositPercent")), fields.toString());
        assertTrue(quotes.of(jeanne, fixture.jeanneActivity(), null).stream()
                .noneMatch(q -> q.customerId() == customer.id()));
    }

    @Test
    void aSentQuotePastItsValidityIsExpiredAndCannotBeAccepted() {
        UserContext jeanne = fixture.jeanne();
        Customer customer = fixture.customer(jeanne, fixture.jeanneActivity(), "Mairie Expirée");
        LocalDate then = LocalDate.now().minusDays(40);
        Quotes past = Invoicing.of(essaim.modules().context("invoicing").orElseThrow(),
                Clock.fixed(then.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault())).quotes();
        Quote sent = past.markSent(jeanne, past.create(jeanne, fixture.jeanneActivity(),
                quoteOf(customer.id(), null, service("Décors", "2", "300.00"))).id());

        Quote now = quotes.find(jeanne, sent.id()).orElseThrow();
        assertEquals(QuoteStatus.EXPIRED, now.status());
        assertTrue(quotes.of(jeanne, fixture.jeanneActivity(), QuoteStatus.EXPIRED).stream()
                .anyMatch(q -> q.id() == sent.id()));
        assertTrue(quotes.of(jeanne, fixture.jeanneActivity(), QuoteStatus.SENT).stream()
                .noneMatch(q -> q.id() == sent.id()));
        ValidationException expired = assertThrows(ValidationException.class, () -> quotes.accept(jeanne, sent.id()));
        assertTrue(expired.getMessage().contains("expiré") || expired.errors().get(0).message().contains("expir"),
                expired.errors().toString());

        Quote revised = quotes.duplicate(jeanne, sent.id());
        assertEquals(QuoteStatus.DRAFT, revised.status());
        assertEquals(sent.id(), revised.duplicatedFromId());
        assertEquals(LocalDate.now(), revised.issueDate());
        assertEquals(now.totalInclVat(), revised.totalInclVat());
        assertEquals(QuoteStatus.REFUSED, quotes.refuse(jeanne, sent.id()).status());
        assertThrows(ValidationException.class, () -> quotes.accept(jeanne, sent.id()));
    }

    @Test
    void anAcceptedQuoteIsInvoicedInPartsButNeverBeyondItsTotal() {
        UserContext jeanne = fixture.jeanne();
        long activity = fixture.jeanneActivity();
        Customer customer = fixture.customer(jeanne, activity, "Compagnie Situation");
        Quote quote = quotes.create(jeanne, activity, quoteOf(customer.id(), null,
                service("Costumes", "4", "250.00")));
        assertThrows(ValidationException.class, () -> quotes.invoice(jeanne, quote.id(), QuoteInvoiceKind.WHOLE,
                null), "a draft is not invoiced");
        quotes.markSent(jeanne, quote.id());
        Quote accepted = quotes.accept(jeanne, quote.id());
        assertEquals(QuoteStatus.ACCEPTED, accepted.status());
        assertEquals(jeanne.login(), accepted.decidedBy());

        Invoice situation = quotes.invoice(jeanne, quote.id(), QuoteInvoiceKind.PARTIAL, new BigDecimal("60"));
        assertEquals(InvoiceKind.INVOICE, situation.kind());
        assertEquals(eur("600.00"), situation.totalExclVat());
        ValidationException over = assertThrows(ValidationException.class, () -> quotes.invoice(jeanne, quote.id(),
                QuoteInvoiceKind.PARTIAL, new BigDecimal("50")));
        assertEquals("percent", over.errors().get(0).field());
        assertThrows(ValidationException.class, () -> quotes.invoice(jeanne, quote.id(), QuoteInvoiceKind.WHOLE,
                null), "the whole quote once a part is drafted");
        assertThrows(ValidationException.class, () -> quotes.invoice(jeanne, quote.id(), QuoteInvoiceKind.BALANCE,
                null), "the balance waits for the drafts to be validated");
        assertThrows(ValidationException.class, () -> quotes.invoice(jeanne, quote.id(), QuoteInvoiceKind.DEPOSIT,
                null), "no deposit on this quote");
        assertEquals(eur("400.00"), quotes.invoicing(jeanne, quote.id()).leftExclVat());

        invoicing.invoices().validate(fixture.accountant(), situation.id());
        Invoice balance = quotes.invoice(jeanne, quote.id(), QuoteInvoiceKind.BALANCE, null);
        assertEquals(eur("400.00"), balance.totalExclVat());
        assertEquals(0, quotes.invoicing(jeanne, quote.id()).leftExclVat().minorUnits());
        assertThrows(ValidationException.class, () -> quotes.invoice(jeanne, quote.id(), QuoteInvoiceKind.PARTIAL,
                new BigDecimal("1")));

        // the balance draft edited upwards is refused at validation: the quote is never invoiced beyond its total
        invoicing.invoices().changeDraft(jeanne, balance.id(), new coop.essaim.invoicing.api.InvoiceDraft(
                customer.id(), null, null, null, List.of(service("Solde", "1", "500.00"))));
        ValidationException beyond = assertThrows(ValidationException.class, () -> invoicing.invoices()
                .validate(fixture.accountant(), balance.id()));
        assertTrue(beyond.errors().get(0).message().contains(accepted.number()), beyond.errors().toString());
    }

    @Test
    void anEntrepreneurNeitherReadsNorConvertsAnotherActivitysQuote() {
        UserContext compta = fixture.accountant();
        UserContext jeanne = fixture.jeanne();
        Customer customer = fixture.customer(compta, fixture.otherActivity(), "Librairie Hors Champ");
        Quote quote = quotes.create(compta, fixture.otherActivity(), quoteOf(customer.id(), "20",
                service("Catalogue", "1", "900.00")));
        quotes.accept(compta, quotes.markSent(compta, quote.id()).id());

        assertTrue(quotes.find(jeanne, quote.id()).isEmpty());
        assertThrows(ValidationException.class, () -> quotes.of(jeanne, fixture.otherActivity(), null));
        ValidationException convert = assertThrows(ValidationException.class, () -> quotes.invoice(jeanne,
                quote.id(), QuoteInvoiceKind.DEPOSIT, null));
        assertEquals("quote", convert.errors().get(0).field());
        assertThrows(ValidationException.class, () -> quotes.duplicate(jeanne, quote.id()));
        assertThrows(ValidationException.class, () -> quotes.create(jeanne, fixture.otherActivity(),
                quoteOf(customer.id(), null, service("Catalogue", "1", "900.00"))));
        assertTrue(quotes.find(fixture.adviser(), quote.id()).isPresent(), "advisers see every activity");
        assertThrows(AccessDeniedException.class, () -> quotes.refuse(fixture.adviser(), quote.id()),
                "but do not write");
        assertTrue(quotes.invoicing(compta, quote.id()).invoices().isEmpty());
    }
}
