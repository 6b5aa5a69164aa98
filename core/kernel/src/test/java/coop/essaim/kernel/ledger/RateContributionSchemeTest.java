package coop.essaim.kernel.ledger;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.ledger.ActivityFigures;
import coop.essaim.api.ledger.Contribution;
import coop.essaim.api.ledger.ContributionBase;
import coop.essaim.api.ledger.ContributionRate;
import coop.essaim.api.ledger.SalaryBudget;
import coop.essaim.api.ledger.SmoothingPlan;
import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.servicetesting.CoreFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The core's contribution scheme on its dated table; the fixture's clock stands on 2 March 2026. */
class RateContributionSchemeTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @RegisterExtension
    static final CoreFixture f = CoreFixture.withCooperative();

    ContributionRates rates;
    RateContributionScheme scheme;
    Cooperative coop;

    @BeforeEach
    void scheme() {
        rates = f.core.contributionRates();
        scheme = f.core.contributionScheme();
        coop = f.core.cooperatives().find(f.admin.cooperativeId()).orElseThrow();
    }

    private static Money eur(String amount) {
        return Money.parse(amount, EUR);
    }

    private static ActivityFigures month(int year, int month, String turnover, String purchases) {
        LocalDate from = LocalDate.of(year, month, 1);
        return new ActivityFigures(7, from, from.plusMonths(1).minusDays(1), eur(turnover), eur(purchases));
    }

    private Money contribution(ActivityFigures figures) {
        return scheme.contribution(coop, figures, figures.to(), Locale.FRENCH).amount();
    }

    private static ContributionRate rate(LocalDate from, String rate, ContributionBase base, Money fee) {
        return new ContributionRate(from, new BigDecimal(rate), base, Optional.ofNullable(fee));
    }

    /**
     * /work/shared/docs/domain.md, "Money: how an activity funds its own job", worked example (Jeanne, tailor):
     * after three months she has invoiced 1,200 € excl. VAT; after the 10 % contribution (120 €) and her
     * expenses (280 €), 800 € are available; spread over 6 months, 133.33 € of loaded cost a month; at a loaded
     * hourly cost of 10.10 €, a contract of 13 hours a month.
     */
    @Test
    void jeanneTheTailorFromDomainMd() {
        ActivityFigures threeMonths = ActivityFigures.ofTurnover(7, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), eur("1200.00"));
        Contribution c = scheme.contribution(coop, threeMonths, threeMonths.to(), Locale.FRENCH);
        assertEquals(eur("120.00"), c.amount(), "the cooperative's default: 10 % of turnover excl. VAT");
        assertEquals("core.rate", c.schemeId());
        assertTrue(c.explanation().contains("chiffre d’affaires HT"), c.explanation());
        assertTrue(c.explanation().contains(eur("1200.00").format(Locale.FRENCH)), c.explanation());
        assertTrue(c.explanation().endsWith(eur("120.00").format(Locale.FRENCH)), c.explanation());

        SalaryBudget budget = new SalaryBudget(threeMonths.turnoverExclVat(), c.amount(), eur("280.00"));
        assertEquals(eur("800.00"), budget.availableForPay());
        SmoothingPlan plan = budget.smooth(6, eur("10.10"));
        assertEquals(eur("133.33"), plan.monthlyLoadedSalary());
        assertEquals(eur("0.02"), plan.remainder(), "6 × 133.33 = 799.98; 2 cents stay available");
        assertEquals(13, plan.hoursPerMonth());
    }

    @Test
    void aRateChangeMidYearAppliesFromItsDateAndLeavesEarlierPeriodsAlone() {
        rates.set(f.admin, rate(LocalDate.of(2026, 7, 1), "0.12", ContributionBase.TURNOVER, null));

        assertEquals(eur("100.00"), contribution(month(2026, 6, "1000.00", "0.00")), "June: still the default 10 %");
        assertEquals(eur("120.00"), contribution(month(2026, 7, "1000.00", "0.00")), "July: 12 %");
        assertEquals(eur("120.00"), scheme.contribution(coop, month(2026, 6, "1000.00", "0.00"),
                LocalDate.of(2026, 7, 1), Locale.FRENCH).amount(), "the date, not the period, picks the rate");

        // in August the cooperative lowers the rate from September: July keeps its 12 %
        f.clock.advance(Duration.ofDays(160));
        rates.set(f.admin, rate(LocalDate.of(2026, 9, 1), "0.11", ContributionBase.TURNOVER, null));
        assertEquals(eur("120.00"), contribution(month(2026, 7, "1000.00", "0.00")));
        assertEquals(eur("110.00"), contribution(month(2026, 9, "1000.00", "0.00")));
        assertEquals(2, rates.history(coop.id()).size());
        assertEquals("core.contribution.rate.changed", f.core.audit().recent(f.admin, 1).get(0).action());
    }

    @Test
    void onGrossMarginThePurchasesForResaleAreDeducted() {
        rates.set(f.admin, rate(TODAY, "0.10", ContributionBase.GROSS_MARGIN, null));
        ActivityFigures shop = month(2026, 3, "1500.00", "600.00");

        Contribution c = scheme.contribution(coop, shop, shop.to(), Locale.ENGLISH);
        assertEquals(eur("90.00"), c.amount(), "10 % of 1,500 − 600");
        assertTrue(c.explanation().contains("of gross margin"), c.explanation());
        assertTrue(c.explanation().contains(eur("900.00").format(Locale.ENGLISH)), c.explanation());
        assertEquals(eur("100.00"), contribution(month(2026, 2, "1000.00", "400.00")),
                "before the change, the default base: turnover");
    }

    @Test
    void theFixedMonthlyFeeIsDueForEachMonthOfThePeriod() {
        rates.set(f.admin, rate(TODAY, "0.05", ContributionBase.TURNOVER, eur("15.00")));
        ActivityFigures quarter = ActivityFigures.ofTurnover(7, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30),
                eur("1200.00"));

        Contribution c = scheme.contribution(coop, quarter, quarter.to(), Locale.FRENCH);
        assertEquals(eur("105.00"), c.amount(), "5 % of 1,200 = 60, plus 3 × 15");
        assertTrue(c.explanation().contains("forfait"), c.explanation());
        assertTrue(c.explanation().endsWith(eur("105.00").format(Locale.FRENCH)), c.explanation());
        assertEquals(eur("15.00"), contribution(month(2026, 4, "0.00", "0.00")), "the fee is due without sales");
    }

    @Test
    void theRateLineIsRoundedHalfUpToTheCent() {
        rates.set(f.admin, rate(TODAY, "0.125", ContributionBase.TURNOVER, null));
        assertEquals(eur("0.01"), contribution(month(2026, 4, "0.04", "0.00")), "0.005 → 0.01 (HALF_EVEN gives 0.00)");
        assertEquals(eur("-0.01"), contribution(month(2026, 4, "-0.04", "0.00")), "symmetric for credit notes");
        assertEquals(eur("0.01"), contribution(month(2026, 4, "0.11", "0.00")), "0.01375 → 0.01");
        assertEquals(eur("1234.57"), contribution(month(2026, 4, "9876.53", "0.00")), "1,234.56625 → 1,234.57");
    }

    @Test
    void storedParametersReadBackAsSet() {
        rates.set(f.admin, rate(TODAY, "0.105", ContributionBase.GROSS_MARGIN, eur("12.50")));
        ContributionRate stored = rates.inForce(coop.id(), TODAY);
        assertEquals(0, new BigDecimal("0.105").compareTo(stored.rate()));
        assertEquals(ContributionBase.GROSS_MARGIN, stored.base());
        assertEquals(Optional.of(eur("12.50")), stored.monthlyFee());
        assertTrue(rates.inForce(coop.id(), TODAY.minusDays(1)).isCoreDefault());
    }

    @Test
    void badParametersAreRefusedFieldByFieldAndNothingIsStored() {
        ValidationException e = assertThrows(ValidationException.class, () -> rates.set(f.admin,
                rate(TODAY.minusDays(1), "1.5", ContributionBase.TURNOVER, Money.of(1500, "MAD"))));
        assertEquals(List.of("validFrom", "rate", "monthlyFee"),
                e.errors().stream().map(ValidationException.FieldError::field).toList());
        assertEquals("rate", assertThrows(ValidationException.class, () -> rates.set(f.admin,
                rate(TODAY, "0.1234567", ContributionBase.TURNOVER, null))).errors().get(0).field());
        assertEquals("monthlyFee", assertThrows(ValidationException.class, () -> rates.set(f.admin,
                rate(TODAY, "0.10", ContributionBase.TURNOVER, eur("0.00")))).errors().get(0).field());

        UserContext jeanne = f.user(f.admin, "jeanne", CoreRoles.ENTREPRENEUR);
        assertThrows(AccessDeniedException.class,
                () -> rates.set(jeanne, rate(TODAY, "0.01", ContributionBase.TURNOVER, null)));
        assertEquals(List.of(), rates.history(coop.id()));
        assertEquals(0, f.rows("CONTRIBUTION_RATE"));
    }

    @Test
    void eachCooperativeHasItsOwnRates() {
        UserContext other = f.otherCooperative();
        rates.set(other, rate(TODAY, "0.08", ContributionBase.TURNOVER, null));
        Cooperative otherCoop = f.core.cooperatives().find(other.cooperativeId()).orElseThrow();
        ActivityFigures march = month(2026, 3, "1000.00", "0.00");

        assertEquals(eur("80.00"), scheme.contribution(otherCoop, march, march.to(), Locale.ENGLISH).amount());
        assertEquals(eur("100.00"), contribution(march));
    }

    @Test
    void figuresInAnotherCurrencyThanTheBooksAreRefused() {
        ActivityFigures dirhams = ActivityFigures.ofTurnover(7, TODAY, TODAY, Money.of(100000, "MAD"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> scheme.contribution(coop, dirhams, TODAY, Locale.FRENCH));
        assertTrue(e.getMessage().contains("MAD") && e.getMessage().contains("EUR"), e.getMessage());
    }
}
