package coop.essaim.treasuryadvances;

import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.treasuryadvances.api.AdvanceKind;
import coop.essaim.treasuryadvances.api.AdvanceRequest;
import coop.essaim.treasuryadvances.api.AdvanceStatus;
import coop.essaim.treasuryadvances.api.Instalment;
import coop.essaim.treasuryadvances.api.RepaymentMode;
import coop.essaim.treasuryadvances.api.RuleCheck;
import coop.essaim.treasuryadvances.api.TreasuryAdvance;
import coop.essaim.treasuryadvances.api.VoteChoice;
import coop.essaim.treasuryadvances.internal.TreasuryAdvances;
import coop.essaim.treasuryadvances.internal.rule.Eligibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static coop.essaim.treasuryadvances.AdvancesFixture.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requests, votes, decisions, ledger effects, repayments and overdue detection, on the real core. */
class AdvancesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AdvancesFixture.kit();

    private final AdvancesFixture fixture = new AdvancesFixture(essaim);

    /** Each test on its own day, so that the rules it adds are in force that day only. */
    private static LocalDate day(int n) {
        return LocalDate.now().plusDays(10L * n);
    }

    @Test
    void jeanneRequestsForHerOwnActivityOnlyAndEveryBadFieldIsNamed() {
        LocalDate day = day(1);
        TreasuryAdvances ta = fixture.on(day);
        long jeanne = fixture.jeanneActivity();
        TreasuryAdvance a = ta.advances().request(fixture.jeanne(), AdvancesFixture.investment(jeanne, "800.00",
                day.plusMonths(3)));
        assertEquals(AdvanceStatus.REQUESTED, a.status());
        assertEquals(eur("800.00"), a.balance());
        assertTrue(ta.advances().own(fixture.jeanne()).stream().anyMatch(x -> x.id() == a.id()));

        long other = fixture.activities().stream().filter(x -> x.id() != jeanne).findFirst().orElseThrow().id();
        ValidationException notHers = assertThrows(ValidationException.class, () -> ta.advances()
                .request(fixture.jeanne(), AdvancesFixture.investment(other, "800.00", day.plusMonths(3))));
        assertEquals("activityId", notHers.errors().get(0).field());
        TreasuryAdvance others = ta.advances().request(fixture.adviser(), AdvancesFixture.investment(other, "300.00",
                day.plusMonths(3)));
        assertTrue(ta.advances().find(fixture.jeanne(), others.id()).isEmpty());
        assertThrows(AccessDeniedException.class, () -> ta.advances().all(fixture.jeanne(), null));

        ValidationException bad = assertThrows(ValidationException.class, () -> ta.advances().request(fixture.jeanne(),
                new AdvanceRequest(jeanne, null, eur("-5.00"), " ", List.of(), RepaymentMode.SCHEDULE, null, null,
                        List.of(new Instalment(day.plusMonths(1), eur("0.00"))))));
        List<String> fields = bad.errors().stream().map(ValidationException.FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("kind", "amount", "reason", "schedule[0].amount")), fields.toString());
        ValidationException dollars = assertThrows(ValidationException.class, () -> ta.advances().request(
                fixture.jeanne(), new AdvanceRequest(jeanne, AdvanceKind.INVESTMENT, coop.essaim.api.money.Money.of(
                        10_000, "USD"), "Achat", List.of(), RepaymentMode.RECEIPTS, null, day.plusMonths(2), List.of())));
        assertEquals("amount", dollars.errors().get(0).field());
        assertEquals(0, ta.advances().own(fixture.jeanne()).stream().filter(x -> x.reason().equals("Achat")).count(),
                "nothing recorded");
    }

    @Test
    void withoutInvoicingASalaryAdvanceFailsTheInvoiceRuleAndSaysWhy() {
        LocalDate day = day(2);
        fixture.treasuryRules(day);
        List<RuleCheck> checks = fixture.on(day).advances().checks(fixture.jeanne(), fixture.jeanneActivity(),
                AdvanceKind.SALARY, eur("100.00"), null);
        RuleCheck invoices = checks.stream().filter(c -> c.rule().equals(Eligibility.INVOICE_SHARE)).findFirst()
                .orElseThrow();
        assertEquals(RuleCheck.Outcome.FAILS, invoices.outcome());
        assertTrue(invoices.explanation().contains("facturation"), invoices.explanation());
        RuleCheck ceiling = checks.stream().filter(c -> c.rule().equals(Eligibility.COOPERATIVE_CEILING)).findFirst()
                .orElseThrow();
        assertEquals(RuleCheck.Outcome.CHECKED_AT_DECISION, ceiling.outcome());
    }

    @Test
    void theBoardVotesAndDecidesJeanneReadsTheDecisionNotTheVotes() {
        LocalDate day = day(3);
        fixture.rules(day, 1_000_000, 100_000_000, 10_000);
        TreasuryAdvances ta = fixture.on(day);
        TreasuryAdvance a = ta.advances().request(fixture.jeanne(), AdvancesFixture.investment(
                fixture.jeanneActivity(), "1200.00", day.plusMonths(6)));
        UserContext alice = fixture.boardMember();
        UserContext bruno = fixture.boardMember();
        ta.approvals().vote(alice, a.id(), VoteChoice.FOR, "Devis signés");
        ta.approvals().vote(bruno, a.id(), VoteChoice.AGAINST, null);
        ValidationException tie = assertThrows(ValidationException.class, () -> ta.approvals().decide(alice, a.id(),
                true, "Accord", null));
        assertEquals("votes", tie.errors().get(0).field());
        assertThrows(AccessDeniedException.class, () -> ta.approvals().vote(fixture.jeanne(), a.id(), VoteChoice.FOR,
                null));
        assertThrows(AccessDeniedException.class, () -> ta.approvals().votes(fixture.jeanne(), a.id()));
        assertThrows(ValidationException.class, () -> ta.approvals().decide(fixture.admin(), a.id(), true, "Seul",
                null), "above the delegate's threshold");

        ta.approvals().vote(fixture.boardMember(), a.id(), VoteChoice.FOR, null);
        TreasuryAdvance approved = ta.approvals().decide(alice, a.id(), true, "Deux voix pour, une contre",
                new BigDecimal("40"));
        assertEquals(AdvanceStatus.APPROVED, approved.status());
        assertEquals(3, ta.approvals().votes(alice, a.id()).size());
        TreasuryAdvance seen = ta.advances().find(fixture.jeanne(), a.id()).orElseThrow();
        assertEquals("Deux voix pour, une contre", seen.decisionReasons());
        assertEquals(0, new BigDecimal("40").compareTo(seen.receiptShare()));

        TreasuryAdvance small = ta.advances().request(fixture.jeanne(), AdvancesFixture.investment(
                fixture.jeanneActivity(), "90.00", day.plusMonths(6)));
        assertEquals(AdvanceStatus.REJECTED, ta.approvals().decide(fixture.admin(), small.id(), false,
                "Pas nécessaire", null).status());
    }

    @Test
    void aRuleThatFailsAtTheDecisionRefusesTheApproval() {
        LocalDate day = day(4);
        fixture.rules(day, 50_000, 100_000_000, 1_000_000);
        TreasuryAdvances ta = fixture.on(day);
        TreasuryAdvance a = ta.advances().request(fixture.jeanne(), AdvancesFixture.investment(
                fixture.jeanneActivity(), "500.01", day.plusMonths(6)));
        ValidationException refused = assertThrows(ValidationException.class, () -> ta.approvals().decide(
                fixture.admin(), a.id(), true, "Accord", null));
        assertEquals("rules." + Eligibility.ACTIVITY_CEILING, refused.errors().get(0).field());
        assertEquals(AdvanceStatus.REQUESTED, ta.advances().find(fixture.admin(), a.id()).orElseThrow().status());
    }

    @Test
    void disbursementRepaymentFromAPartialPaymentAndWriteOffAreBalancedEntries() {
        LocalDate day = day(5);
        fixture.rules(day, 1_000_000, 100_000_000, 1_000_000);
        TreasuryAdvances ta = fixture.on(day);
        long activity = fixture.jeanneActivity();
        TreasuryAdvance a = ta.advances().request(fixture.jeanne(), AdvancesFixture.investment(activity, "1000.00",
                day.plusMonths(6)));
        ta.approvals().decide(fixture.admin(), a.id(), true, "Sous le seuil de délégation", null);
        TreasuryAdvance paid = ta.ledger().disburse(fixture.accountant(), a.id());
        assertEquals(AdvanceStatus.DISBURSED, paid.status());
        ValidatedEntry disbursement = fixture.ledger().entry(fixture.accountant(), paid.disbursementEntryId())
                .orElseThrow();
        AdvancesFixture.assertBalanced(disbursement);
        assertTrue(disbursement.lines().contains(PostingLine.debit("512000", activity, eur("1000.00"))));
        assertTrue(disbursement.lines().contains(PostingLine.credit("467000", activity, eur("1000.00"))));

        // a client pays 300.00 of an invoice: half of it repays the advance (the requested share)
        fixture.ledger().post(fixture.accountant(), new EntryDraft(fixture.admin().cooperativeId(), JournalCode.BANK,
                day, "2026-0042", day, "Règlement client partiel", List.of(
                PostingLine.debit("512000", activity, eur("300.00")),
                PostingLine.credit("411000", activity, eur("300.00"))), "test:receipt:" + a.id()));
        // a payment entered by mistake, then reversed, repays nothing
        ValidatedEntry mistake = fixture.ledger().post(fixture.accountant(), new EntryDraft(
                fixture.admin().cooperativeId(), JournalCode.BANK, day, "2026-0043", day, "Règlement saisi par erreur",
                List.of(PostingLine.debit("512000", activity, eur("90.00")),
                        PostingLine.credit("411000", activity, eur("90.00"))), "test:mistake:" + a.id()));
        fixture.ledger().reverse(fixture.accountant(), mistake.id(), day, "Annulation");
        assertEquals(1, ta.ledger().applyReceipts(fixture.accountant()));
        assertEquals(0, ta.ledger().applyReceipts(fixture.accountant()), "each payment once");
        TreasuryAdvance afterReceipt = ta.advances().find(fixture.jeanne(), a.id()).orElseThrow();
        assertEquals(eur("150.00"), afterReceipt.repaid());
        assertEquals(eur("850.00"), afterReceipt.balance());

        ValidationException tooMuch = assertThrows(ValidationException.class, () -> ta.ledger().repay(
                fixture.accountant(), a.id(), eur("850.01")));
        assertEquals("amount", tooMuch.errors().get(0).field());
        assertEquals(eur("600.00"), ta.ledger().repay(fixture.accountant(), a.id(), eur("250.00")).balance());

        assertThrows(AccessDeniedException.class, () -> ta.ledger().writeOff(fixture.admin(), a.id(), "Cessation"));
        TreasuryAdvance lost = ta.ledger().writeOff(fixture.boardMember(), a.id(), "Cessation de l'activité");
        assertEquals(AdvanceStatus.WRITTEN_OFF, lost.status());
        assertEquals(eur("600.00"), lost.writtenOff());
        assertEquals(eur("0.00"), lost.balance());
        ValidatedEntry writeOff = fixture.ledger().entry(fixture.accountant(), lost.writeOffEntryId()).orElseThrow();
        AdvancesFixture.assertBalanced(writeOff);
        assertTrue(writeOff.lines().contains(PostingLine.credit("671000", activity, eur("600.00"))));
        assertTrue(writeOff.lines().contains(PostingLine.debit("467000", activity, eur("600.00"))));
        fixture.ledger().entries(fixture.accountant(), new coop.essaim.api.ledger.EntryQuery(
                        fixture.admin().cooperativeId(), JournalCode.MISC, day, day, activity, null, 0, 500))
                .forEach(AdvancesFixture::assertBalanced);
    }

    @Test
    void aScheduleNotKeptMakesTheAdvanceOverdueAndBlocksTheNextOne() {
        LocalDate day = day(6);
        fixture.rules(day, 1_000_000, 100_000_000, 1_000_000);
        TreasuryAdvances ta = fixture.on(day);
        long activity = fixture.jeanneActivity();
        TreasuryAdvance a = ta.advances().request(fixture.jeanne(), new AdvanceRequest(activity,
                AdvanceKind.INVESTMENT, eur("600.00"), "Ordinateur", List.of(), RepaymentMode.SCHEDULE, null, null,
                List.of(new Instalment(day.plusDays(30), eur("300.00")), new Instalment(day.plusDays(60),
                        eur("300.00")))));
        assertEquals(day.plusDays(60), a.dueOn());
        ta.approvals().decide(fixture.admin(), a.id(), true, "Accord", null);
        ta.ledger().disburse(fixture.accountant(), a.id());

        TreasuryAdvances later = fixture.on(day.plusDays(31));
        assertTrue(later.advances().find(fixture.jeanne(), a.id()).orElseThrow().overdue());
        assertFalse(fixture.on(day.plusDays(30)).advances().find(fixture.jeanne(), a.id()).orElseThrow().overdue(),
                "due on the day itself, not yet overdue");
        RuleCheck blocked = later.advances().checks(fixture.jeanne(), activity, AdvanceKind.INVESTMENT,
                eur("10.00"), null).stream().filter(c -> c.rule().equals(Eligibility.NO_OVERDUE)).findFirst()
                .orElseThrow();
        assertEquals(RuleCheck.Outcome.FAILS, blocked.outcome());
        assertTrue(later.exposure().report(fixture.accountant(), eur("0.00").currency()).overdue().stream()
                .anyMatch(x -> x.id() == a.id()));

        later.ledger().repay(fixture.accountant(), a.id(), eur("300.00"));
        assertFalse(later.advances().find(fixture.jeanne(), a.id()).orElseThrow().overdue());
    }
}
