package coop.essaim.kernel.people;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.ledger.ActivityAccount;
import coop.essaim.api.ledger.ActivityFigures;
import coop.essaim.api.ledger.ChartOfAccounts;
import coop.essaim.api.ledger.Contribution;
import coop.essaim.api.ledger.ContributionBase;
import coop.essaim.api.ledger.ContributionRate;
import coop.essaim.api.ledger.ContributionRateBook;
import coop.essaim.api.ledger.ContributionScheme;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.kernel.ledger.LedgerTestCharts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static coop.essaim.kernel.people.PeopleFixture.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cooperative moves from the core's 10 % to a plugin's scheme (a flat 50.00 € a month, as a fee an associate
 * may opt for) from April 2026: March keeps the rate, April and after use the plugin; the month's transfer follows.
 */
class ContributionSchemeChoiceTest {

    static final String FLAT = "test-fee.flat";
    static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

    /** A plugin's scheme: 50.00 € whatever the figures. */
    static final ContributionScheme FLAT_FEE = new ContributionScheme() {
        @Override
        public String id() {
            return FLAT;
        }

        @Override
        public Contribution contribution(Cooperative cooperative, ActivityFigures figures, LocalDate date,
                                         Locale locale) {
            return new Contribution(Money.of(5000, cooperative.currency()), FLAT, "forfait de 50,00 €");
        }
    };

    @RegisterExtension
    static final PeopleFixture p = new PeopleFixture();

    ContributionRateBook book;
    Activity couture;

    @BeforeEach
    void jeanneInvoicesInMarchAndApril() {
        p.f.registry.add("country-fr-test", ChartOfAccounts.class, LedgerTestCharts.FRENCH);
        p.f.registry.add("test-fee", ContributionScheme.class, FLAT_FEE);
        book = p.f.core.contributionRates();
        couture = p.activities.create(p.admin, new ActivityDetails("Couture Jeanne", null, "couture",
                LocalDate.of(2025, 11, 3), "COUTURE", List.of(p.create("Jeanne", "Martin").id())));
        p.invoice("F-1", LocalDate.of(2026, 3, 20), couture.id(), 80000);
        p.invoice("F-2", LocalDate.of(2026, 4, 10), couture.id(), 80000);
    }

    @Test
    void theSchemeInForceOnTheDayComputesTheContributionAndTheTransferFollowsIt() {
        assertEquals(List.of(ContributionRate.CORE_SCHEME, FLAT), book.schemes(p.admin));
        book.set(p.admin, new ContributionRate(APRIL, new BigDecimal("0.10"), ContributionBase.TURNOVER,
                Optional.empty(), FLAT));
        assertEquals(FLAT, book.history(p.admin).get(0).schemeId());

        assertEquals(eur(8000), month(YearMonth.of(2026, 3)).contribution().amount(), "March: 10 % of 800.00");
        Contribution april = month(YearMonth.of(2026, 4)).contribution();
        assertEquals(eur(5000), april.amount());
        assertEquals(FLAT, april.schemeId());

        p.f.clock.advance(java.time.Duration.ofDays(61)); // May 2nd: April has ended
        assertEquals(eur(5000), p.f.core.contributionTransfers().post(p.admin, YearMonth.of(2026, 4)).get(0)
                .lines().get(0).amount());
    }

    @Test
    void aSchemeNoModuleOffersIsRefusedAndAStoppedOnesMonthsAreNotComputedAnotherWay() {
        ValidationException unknown = assertThrows(ValidationException.class, () -> book.set(p.admin,
                new ContributionRate(APRIL, new BigDecimal("0.10"), ContributionBase.TURNOVER, Optional.empty(),
                        "nobody.scheme")));
        assertEquals("schemeId", unknown.errors().get(0).field());
        assertTrue(book.history(p.admin).isEmpty(), "nothing stored");

        book.set(p.admin, new ContributionRate(APRIL, new BigDecimal("0.10"), ContributionBase.TURNOVER,
                Optional.empty(), FLAT));
        p.f.registry.withdraw("test-fee");
        IllegalStateException stopped = assertThrows(IllegalStateException.class, () -> month(YearMonth.of(2026, 4)));
        assertTrue(stopped.getMessage().contains(FLAT), stopped.getMessage());
        assertEquals(eur(8000), month(YearMonth.of(2026, 3)).contribution().amount(), "March keeps the core's rate");
    }

    private ActivityAccount month(YearMonth m) {
        return p.f.core.activityAccounts().account(p.admin, couture.id(), m.atDay(1), m.atEndOfMonth());
    }
}
