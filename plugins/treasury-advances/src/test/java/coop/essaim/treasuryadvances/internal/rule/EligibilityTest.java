package coop.essaim.treasuryadvances.internal.rule;

import coop.essaim.api.money.Money;
import coop.essaim.treasuryadvances.api.AdvanceKind;
import coop.essaim.treasuryadvances.api.RuleCheck;
import coop.essaim.treasuryadvances.api.RuleCheck.Outcome;
import coop.essaim.treasuryadvances.internal.Messages;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each eligibility rule on its own, on figures chosen so that one cent decides. */
class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    /** 80 % of unpaid invoices, 3,000.00 per activity, 30 % of the treasury, 6 months of seniority. */
    private static final RuleEdition RULES = new RuleEdition(LocalDate.of(2027, 1, 1), new BigDecimal("80"), 300_000,
            RuleEdition.ExposureBase.TREASURY, new BigDecimal("30"), 0, 6, 100_000, false, new BigDecimal("50"),
            Set.of());

    private static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }

    /** Jeanne's activity: started 1 September 2026, 2,500.00 unpaid, owes 400.00; the cooperative lent 10,000.00. */
    private static ActivityFacts facts() {
        return new ActivityFacts(TODAY, LocalDate.of(2026, 9, 1), true, eur(250_000), eur(40_000), false,
                eur(1_000_000), Optional.of(eur(4_000_000)));
    }

    private static RuleCheck check(RuleEdition rules, AdvanceKind kind, long amount, ActivityFacts f, String rule) {
        return new Eligibility(rules, new Messages(Locale.FRENCH)).check(kind, eur(amount), f).stream()
                .filter(c -> c.rule().equals(rule)).findFirst().orElseThrow();
    }

    /** French amounts are grouped with a narrow no-break space. */
    private static String spaced(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void aSalaryAdvanceReachesEightyPercentOfTheUnpaidInvoicesWithWhatTheActivityOwes() {
        // 80 % of 2,500.00 = 2,000.00; the activity owes 400.00: 1,600.00 passes, 1,600.01 does not
        assertEquals(Outcome.PASSES, check(RULES, AdvanceKind.SALARY, 160_000, facts(), Eligibility.INVOICE_SHARE)
                .outcome());
        RuleCheck over = check(RULES, AdvanceKind.SALARY, 160_001, facts(), Eligibility.INVOICE_SHARE);
        assertEquals(Outcome.FAILS, over.outcome());
        assertTrue(spaced(over.explanation()).contains("2 000,00"), over.explanation());
        assertEquals(Outcome.NOT_APPLICABLE, check(RULES, AdvanceKind.INVESTMENT, 160_001, facts(),
                Eligibility.INVOICE_SHARE).outcome());
    }

    @Test
    void withoutAModuleReportingInvoicesTheCeilingIsZeroAndTheRuleSaysWhy() {
        ActivityFacts none = new ActivityFacts(TODAY, LocalDate.of(2026, 9, 1), false, eur(0), eur(0), false, eur(0),
                Optional.of(eur(4_000_000)));
        RuleCheck c = check(RULES, AdvanceKind.SALARY, 1, none, Eligibility.INVOICE_SHARE);
        assertEquals(Outcome.FAILS, c.outcome());
        assertTrue(c.explanation().contains("facturation"), c.explanation());
    }

    @Test
    void anActivityOwesAtMostItsCeiling() {
        assertEquals(Outcome.PASSES, check(RULES, AdvanceKind.INVESTMENT, 260_000, facts(),
                Eligibility.ACTIVITY_CEILING).outcome());
        assertEquals(Outcome.FAILS, check(RULES, AdvanceKind.INVESTMENT, 260_001, facts(),
                Eligibility.ACTIVITY_CEILING).outcome());
    }

    @Test
    void theCooperativesExposureStaysWithinItsShareOfTheTreasuryOrOfTheFund() {
        // 30 % of 40,000.00 = 12,000.00, 10,000.00 lent already: 2,000.00 more at most
        assertEquals(Outcome.PASSES, check(RULES, AdvanceKind.INVESTMENT, 200_000, facts(),
                Eligibility.COOPERATIVE_CEILING).outcome());
        assertEquals(Outcome.FAILS, check(RULES, AdvanceKind.INVESTMENT, 200_001, facts(),
                Eligibility.COOPERATIVE_CEILING).outcome());
        RuleEdition fund = new RuleEdition(RULES.validFrom(), RULES.invoiceShare(), RULES.activityCeiling(),
                RuleEdition.ExposureBase.FUND, new BigDecimal("50"), 2_400_000, 6, 0, false, BigDecimal.TEN, Set.of());
        assertEquals(Outcome.PASSES, check(fund, AdvanceKind.INVESTMENT, 200_000, facts(),
                Eligibility.COOPERATIVE_CEILING).outcome());
        assertEquals(Outcome.FAILS, check(fund, AdvanceKind.INVESTMENT, 200_001, facts(),
                Eligibility.COOPERATIVE_CEILING).outcome());
        ActivityFacts hidden = new ActivityFacts(TODAY, LocalDate.of(2026, 9, 1), true, eur(250_000), eur(40_000),
                false, eur(1_000_000), Optional.empty());
        assertEquals(Outcome.CHECKED_AT_DECISION, check(RULES, AdvanceKind.INVESTMENT, 1, hidden,
                Eligibility.COOPERATIVE_CEILING).outcome());
        ActivityFacts overdrawn = new ActivityFacts(TODAY, LocalDate.of(2026, 9, 1), true, eur(250_000), eur(0),
                false, eur(0), Optional.of(eur(-5_000)));
        assertEquals(Outcome.FAILS, check(RULES, AdvanceKind.INVESTMENT, 1, overdrawn,
                Eligibility.COOPERATIVE_CEILING).outcome());
    }

    @Test
    void anActivityNeedsItsMonthsOfSeniority() {
        assertEquals(Outcome.PASSES, check(RULES, AdvanceKind.INVESTMENT, 1, facts(), Eligibility.SENIORITY)
                .outcome());
        ActivityFacts young = new ActivityFacts(TODAY, LocalDate.of(2026, 9, 16), true, eur(250_000), eur(0), false,
                eur(0), Optional.of(eur(4_000_000)));
        RuleCheck c = check(RULES, AdvanceKind.INVESTMENT, 1, young, Eligibility.SENIORITY);
        assertEquals(Outcome.FAILS, c.outcome());
        assertTrue(c.explanation().contains("16 mars 2027"), c.explanation());
    }

    @Test
    void noNewAdvanceWhileOneIsOverdue() {
        assertEquals(Outcome.PASSES, check(RULES, AdvanceKind.INVESTMENT, 1, facts(), Eligibility.NO_OVERDUE)
                .outcome());
        ActivityFacts late = new ActivityFacts(TODAY, LocalDate.of(2026, 9, 1), true, eur(250_000), eur(40_000), true,
                eur(0), Optional.of(eur(4_000_000)));
        assertEquals(Outcome.FAILS, check(RULES, AdvanceKind.INVESTMENT, 1, late, Eligibility.NO_OVERDUE).outcome());
    }
}
