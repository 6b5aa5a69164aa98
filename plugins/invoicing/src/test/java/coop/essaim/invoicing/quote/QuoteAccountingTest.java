package coop.essaim.invoicing.quote;

import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.ledger.EntryQuery;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.Side;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.InvoicingFixture;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.api.LineDraft;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.invoicing.api.PaymentMethod;
import coop.essaim.invoicing.api.Quote;
import coop.essaim.invoicing.api.QuoteInvoiceKind;
import coop.essaim.invoicing.api.Quotes;
import coop.essaim.invoicing.internal.Invoicing;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static coop.essaim.invoicing.InvoicingFixture.eur;
import static coop.essaim.invoicing.InvoicingFixture.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A quote with a deposit, the deposit invoice and the balance invoice, posted and paid, worked by hand:
 *
 * <pre>
 * quote        3 days x 500.00 + 500.00 less 10 %  = 1 950.00 excl. VAT, 390.00 VAT (20 %), 2 340.00 incl. VAT
 * deposit 30 % 585.00 excl. VAT + 117.00 VAT = 702.00:  411 D 702.00 / 4191 C 585.00 / 44571 C 117.00
 * balance      1 950.00 - 585.00 = 1 365.00 + 273.00 VAT = 1 638.00:
 *              411 D 1 638.00, 4191 D 585.00 / 706 C 1 950.00, 44571 C 273.00
 * both paid    411 and 4191 settle to zero, 706 holds 1 950.00, VAT collected 390.00
 * </pre>
 */
class QuoteAccountingTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);
    private final Invoicing invoicing = fixture.invoicing();
    private final Quotes quotes = invoicing.quotes();

    @Test
    void theDepositWaitsIn4191AndTheBalanceTurnsTheWholeQuoteIntoTurnoverOnce() {
        UserContext jeanne = fixture.jeanne();
        UserContext compta = fixture.accountant();
        long activity = fixture.jeanneActivity();
        Customer customer = fixture.customer(jeanne, activity, "Opéra Acompte");
        String ref = customer.ledgerReference();
        LineDraft discounted = new LineDraft("Costume, remise fidélité", LineKind.SERVICE, BigDecimal.ONE, "C62",
                eur("500.00"), new BigDecimal("10"), "FR-20");
        Quote quote = quotes.create(jeanne, activity, QuotesTest.quoteOf(customer.id(), "30",
                service("Création", "3", "500.00"), discounted));
        quotes.accept(jeanne, quotes.markSent(jeanne, quote.id()).id());
        Map<String, Long> before = balances(activity);
        Money turnoverBefore = turnover(compta, activity);

        Invoice deposit = invoicing.invoices().validate(compta,
                quotes.invoice(jeanne, quote.id(), QuoteInvoiceKind.DEPOSIT, null).id());
        assertEquals(InvoiceKind.DEPOSIT_INVOICE, deposit.kind());
        assertEquals(eur("702.00"), deposit.totalInclVat());
        Map<String, Long> entry = lines(compta, deposit.ledgerEntryId());
        assertEquals(Map.of("411000", 70_200L, "419100", -58_500L, "445710", -11_700L), entry);
        assertEquals(turnoverBefore, turnover(compta, activity), "a deposit is not turnover");
        invoicing.payments().record(compta, deposit.id(), LocalDate.now(), eur("702.00"), PaymentMethod.TRANSFER,
                "VIR ACOMPTE");

        Invoice balance = quotes.invoice(jeanne, quote.id(), QuoteInvoiceKind.BALANCE, null);
        assertEquals(LineKind.DEDUCTION, balance.lines().get(balance.lines().size() - 1).kind());
        assertEquals(eur("-585.00"), balance.lines().get(balance.lines().size() - 1).net());
        assertEquals(eur("1365.00"), balance.totalExclVat());
        assertEquals(eur("1638.00"), balance.totalInclVat());
        Invoice validated = invoicing.invoices().validate(compta, balance.id());
        assertEquals(Map.of("411000", 163_800L, "419100", 58_500L, "706000", -195_000L, "445710", -27_300L),
                lines(compta, validated.ledgerEntryId()));
        invoicing.payments().record(compta, validated.id(), LocalDate.now(), eur("1638.00"),
                PaymentMethod.TRANSFER, "VIR SOLDE");

        Map<String, Long> after = balances(activity);
        assertEquals(0, customerBalance(compta, activity, ref), "the customer's 411 is settled");
        assertEquals(before.getOrDefault("419100", 0L), after.getOrDefault("419100", 0L), "4191 back to zero");
        assertEquals(-195_000L, after.get("706000") - before.getOrDefault("706000", 0L));
        assertEquals(-39_000L, after.get("445710") - before.getOrDefault("445710", 0L));
        assertEquals(eur("1950.00"), turnover(compta, activity).minus(turnoverBefore), "the quote's total, once");
        assertEquals(0, quotes.invoicing(jeanne, quote.id()).leftExclVat().minorUnits());
        assertThrows(coop.essaim.api.problem.ValidationException.class, () -> quotes.invoice(jeanne, quote.id(),
                QuoteInvoiceKind.BALANCE, null), "nothing is left");
    }

    @Test
    void aDeductionOnAnInvoiceWithoutItsQuoteIsRefused() {
        UserContext compta = fixture.accountant();
        Customer customer = fixture.customer(compta, fixture.jeanneActivity(), "Atelier Faux Acompte");
        Invoice draft = invoicing.invoices().createDraft(compta, fixture.jeanneActivity(),
                InvoicingFixture.draft(customer.id(), service("Robe", "1", "500.00"),
                        new LineDraft("Acompte", LineKind.DEDUCTION, BigDecimal.ONE.negate(), "C62", eur("100.00"),
                                BigDecimal.ZERO, "FR-20")));
        assertThrows(coop.essaim.api.problem.ValidationException.class,
                () -> invoicing.invoices().validate(compta, draft.id()));
    }

    /** Debit minus credit per account of one entry, in cents. */
    private Map<String, Long> lines(UserContext user, long entryId) {
        long activity = fixture.jeanneActivity();
        ValidatedEntry entry = null;
        for (int offset = 0; entry == null; offset += 500) {
            var page = essaim.service(Ledger.class).entries(user, new EntryQuery(user.cooperativeId(), null, null,
                    null, activity, null, offset, 500));
            entry = page.stream().filter(e -> e.id() == entryId).findFirst().orElse(null);
            if (entry == null && page.size() < 500) {
                throw new AssertionError("no entry " + entryId);
            }
        }
        return entry.lines().stream().collect(Collectors.groupingBy(PostingLine::accountCode,
                Collectors.summingLong(QuoteAccountingTest::signed)));
    }

    private Map<String, Long> balances(long activity) {
        UserContext compta = fixture.accountant();
        return sum(compta, activity, l -> true).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private long customerBalance(UserContext compta, long activity, String reference) {
        return sum(compta, activity, l -> reference.equals(l.thirdParty())).getOrDefault("411000", 0L);
    }

    private static Map<String, Long> sum(UserContext user, long activity, Predicate<PostingLine> which) {
        Map<String, Long> out = new java.util.HashMap<>();
        for (int offset = 0; ; offset += 500) {
            var page = essaim.service(Ledger.class).entries(user, new EntryQuery(user.cooperativeId(), null, null,
                    null, activity, null, offset, 500));
            page.stream().flatMap(e -> e.lines().stream()).filter(l -> l.activityId() == activity).filter(which)
                    .forEach(l -> out.merge(l.accountCode(), signed(l), Long::sum));
            if (page.size() < 500) {
                return out;
            }
        }
    }

    private static long signed(PostingLine l) {
        return l.side() == Side.DEBIT ? l.amount().minorUnits() : -l.amount().minorUnits();
    }

    private static Money turnover(UserContext user, long activity) {
        return essaim.service(ActivityAccounts.class).account(user, activity, LocalDate.now().withDayOfYear(1),
                LocalDate.now()).turnoverExclVat();
    }
}
