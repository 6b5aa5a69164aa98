package coop.essaim.treasuryadvances;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.api.ledger.TreasuryForecast;
import coop.essaim.api.money.Money;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.treasuryadvances.api.AdvanceKind;
import coop.essaim.treasuryadvances.api.AdvanceRequest;
import coop.essaim.treasuryadvances.api.AdvanceStatus;
import coop.essaim.treasuryadvances.api.RepaymentMode;
import coop.essaim.treasuryadvances.api.RuleCheck;
import coop.essaim.treasuryadvances.api.TreasuryAdvance;
import coop.essaim.treasuryadvances.internal.TreasuryAdvances;
import coop.essaim.treasuryadvances.internal.advance.Approvals;
import coop.essaim.treasuryadvances.internal.rule.Eligibility;
import coop.essaim.treasuryadvances.internal.rule.RuleEdition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static coop.essaim.treasuryadvances.AdvancesFixture.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With invoicing installed: the invoice rule reads the activity's unpaid invoices not yet overdue, the automatic
 * salary advance (SMart-style guarantee fund) is granted within its share of them, and a partial client payment
 * recorded in invoicing repays the advance's share of it at once (invoicing's payment event).
 */
class WithInvoicingTest {

    @RegisterExtension
    static final EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/test-plugins/essaim-country-fr.jar"),
            Path.of("target/test-plugins/essaim-invoicing.jar"), Path.of("target/classes")).withDemo().withWeb();

    private final AdvancesFixture fixture = new AdvancesFixture(essaim);

    /** What invoicing says Jeanne's activity will receive from today on. */
    private Money unpaidNotOverdue() {
        LocalDate today = LocalDate.now();
        long sum = essaim.service(TreasuryForecast.class).forecast(fixture.accountant(), fixture.jeanneActivity(),
                        today.plusDays(365)).expected().stream().filter(e -> e.cash().amount().isPositive())
                .filter(e -> !e.cash().date().isBefore(today)).mapToLong(e -> e.cash().amount().minorUnits()).sum();
        return eur("0").plus(Money.of(sum, "EUR"));
    }

    private static AdvanceRequest salary(long activity, Money amount) {
        return new AdvanceRequest(activity, AdvanceKind.SALARY, amount, "Salaire de décembre", List.of("2026-0099"),
                RepaymentMode.RECEIPTS, new BigDecimal("50"), LocalDate.now().plusMonths(3), List.of());
    }

    @Test
    void unpaidInvoicesSetTheCeilingTheAutomaticAdvanceAndAPartialPaymentRepaysIt() throws Exception {
        ApiClient invoicing = new ApiClient(essaim.baseUrl(), "invoicing");
        String compta = invoicing.token("compta");
        long activity = fixture.jeanneActivity();
        JsonNode customer = invoicing.ok(invoicing.send(compta, "POST", "customers", """
                {"activity": %d, "kind": "company", "name": "Atelier Lumière", "email": "compta@lumiere.example",
                 "address": {"street": "3 place Bellecour", "postalCode": "69002", "city": "Lyon", "country": "FR"},
                 "vatNumber": "FR40303265045", "registrationNumber": "303265045"}""".formatted(activity)), 201);
        Money before = unpaidNotOverdue();
        JsonNode draft = invoicing.ok(invoicing.send(compta, "POST", "invoices", """
                {"activity": %d, "customerId": %d, "lines": [
                  {"description": "Costumes de scène", "kind": "service", "quantity": "10", "unitCode": "DAY",
                   "unitPrice": {"amount": "400.00", "currency": "EUR"}, "vatCode": "FR-20"}]}"""
                .formatted(activity, customer.get("id").asLong())), 201);
        long invoiceId = draft.get("id").asLong();
        invoicing.ok(invoicing.send(compta, "POST", "invoices/" + invoiceId + "/validation", null), 200);
        Money unpaid = unpaidNotOverdue();
        assertEquals(before.plus(eur("4800.00")), unpaid, "the new invoice, 4,800.00 incl. VAT, is expected");

        LocalDate today = LocalDate.now();
        automaticRules(today, activity);
        TreasuryAdvances ta = fixture.on(today);
        Money owed = ta.advances().own(fixture.jeanne()).stream().filter(a -> a.status().exposed())
                .map(TreasuryAdvance::balance).reduce(eur("0.00"), Money::plus);
        Money room = unpaid.times(new BigDecimal("0.80"), RoundingMode.DOWN).minus(owed);
        assertTrue(room.isPositive(), room.toString());
        assertEquals(RuleCheck.Outcome.PASSES, invoiceRule(ta, room));
        assertEquals(RuleCheck.Outcome.FAILS, invoiceRule(ta, room.plus(eur("0.01"))));

        // within 50 % of the unpaid invoices: granted at once; above it, the board decides
        Money automatic = unpaid.times(new BigDecimal("0.50"), RoundingMode.DOWN).minus(owed);
        assertTrue(automatic.isPositive(), automatic.toString());
        TreasuryAdvance above = ta.advances().request(fixture.jeanne(), salary(activity, automatic.plus(eur("0.01"))));
        assertEquals(AdvanceStatus.REQUESTED, above.status());
        ta.approvals().decide(fixture.admin(), above.id(), false, "Demande remplacée", null);
        TreasuryAdvance granted = ta.advances().request(fixture.jeanne(), salary(activity, eur("300.00")));
        assertEquals(AdvanceStatus.APPROVED, granted.status());
        assertEquals(Approvals.AUTOMATIC, granted.decidedBy());

        ta.ledger().disburse(fixture.accountant(), granted.id());
        // the client pays 500.00 of the invoice in invoicing: half of it, 250.00, repays the advance
        invoicing.ok(invoicing.send(compta, "POST", "invoices/" + invoiceId + "/payments", """
                {"paidOn": "%s", "amount": {"amount": "500.00", "currency": "EUR"}, "method": "transfer",
                 "reference": "VIR-0077"}""".formatted(today)), 201);
        // taken at once, on invoicing's event; applying the receipts again takes nothing more
        TreasuryAdvance after = ta.advances().find(fixture.jeanne(), granted.id()).orElseThrow();
        assertEquals(eur("250.00"), after.repaid());
        assertEquals(eur("50.00"), after.balance());
        assertEquals(0, ta.ledger().applyReceipts(fixture.accountant()));
    }

    private RuleCheck.Outcome invoiceRule(TreasuryAdvances ta, Money amount) {
        return ta.advances().checks(fixture.jeanne(), fixture.jeanneActivity(), AdvanceKind.SALARY, amount, null)
                .stream().filter(c -> c.rule().equals(Eligibility.INVOICE_SHARE)).findFirst().orElseThrow().outcome();
    }

    /** Rules from {@code day}: a large guarantee fund, automatic salary advances for the activity up to 50 %. */
    private void automaticRules(LocalDate day, long activity) {
        fixture.on(day).rules().add(fixture.admin(), new RuleEdition(day, new BigDecimal("80"), 10_000_000,
                RuleEdition.ExposureBase.FUND, new BigDecimal("100"), 100_000_000, 3, 150_000, true,
                new BigDecimal("50"), Set.of(activity)));
    }
}
