package coop.essaim.countrybe.internal.contribution;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.ledger.ActivityFigures;
import coop.essaim.api.ledger.Contribution;
import coop.essaim.api.money.Money;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 6.5 % of turnover excl. VAT plus a margin on salary costs, each line half up to the cent. */
class SmartContributionSchemeTest {

    private static final Cooperative COOP = new Cooperative(3, "Coopérative test", "Test", "SC", "BE", "EUR", 1,
            "fr", Instant.EPOCH);
    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    private final Map<String, String> values = new HashMap<>();
    private final SmartContributionScheme scheme = new SmartContributionScheme(new CooperativeSettings() {
        public Optional<String> value(long cooperativeId, String key) {
            return Optional.ofNullable(values.get(key));
        }

        public boolean isSet(long cooperativeId, String key) {
            return values.containsKey(key);
        }

        public void change(UserContext actor, String key, String value) {
            values.put(key, value);
        }

        public void reset(UserContext actor, String key) {
            values.remove(key);
        }
    });

    private static Money eur(String amount) {
        return Money.parse(amount, java.util.Currency.getInstance("EUR"));
    }

    private static ActivityFigures figures(String turnover, String salaryCosts) {
        return new ActivityFigures(7, FROM, TO, eur(turnover), eur("0.00"), eur(salaryCosts));
    }

    @Test
    void bySmartsDefaultSixAndAHalfPercentOfTurnoverAndNoMargin() {
        Contribution c = scheme.contribution(COOP, figures("1200.00", "900.00"), TO, Locale.FRENCH);
        assertEquals(eur("78.00"), c.amount());                              // 6.5 % × 1 200
        assertEquals("country-be.smart", c.schemeId());
    }

    @Test
    void aMarginOnSalaryCostsAddsItsOwnRoundedLine() {
        values.put(SmartSettings.SALARY_MARGIN_PERCENT, "3");
        Contribution c = scheme.contribution(COOP, figures("1000.10", "2000.30"), TO, Locale.FRENCH);
        // 6.5 % × 1 000.10 = 65.0065 → 65.01; 3 % × 2 000.30 = 60.009 → 60.01
        assertEquals(eur("125.02"), c.amount());
        assertEquals("6,5 % du chiffre d’affaires HT (1 000,10 €) : 65,01 € ; plus 3 % du coût salarial"
                        + " (2 000,30 €) : 60,01 € ; en tout 125,02 €",
                c.explanation().replace('\u00a0', ' ').replace('\u202f', ' '));
    }

    @Test
    void halfACentGoesAwayFromZero() {
        values.put(SmartSettings.TURNOVER_PERCENT, "6.5");
        assertEquals(eur("0.01"), scheme.contribution(COOP, figures("0.10", "0.00"), TO, Locale.FRENCH).amount()); // 0.0065
        assertEquals(eur("-6.50"), scheme.contribution(COOP, figures("-100.00", "0.00"), TO, Locale.FRENCH).amount());
    }

    @Test
    void explainedInDutchAndEnglish() {
        values.put(SmartSettings.SALARY_MARGIN_PERCENT, "2");
        String nl = scheme.contribution(COOP, figures("1000.00", "500.00"), TO, new Locale("nl", "BE")).explanation();
        assertTrue(nl.contains("van de omzet excl. btw") && nl.contains("loonkosten"), nl);
        String en = scheme.contribution(COOP, figures("1000.00", "500.00"), TO, Locale.ENGLISH).explanation();
        assertTrue(en.startsWith("6.5% of turnover excl. VAT (€1,000.00): €65.00; plus 2% of salary costs"), en);
    }

    @Test
    void refusesAnotherCurrencyAndARateOutOfRange() {
        ActivityFigures dirhams = ActivityFigures.ofTurnover(7, FROM, TO, Money.of(100_000, "MAD"));
        assertThrows(IllegalArgumentException.class, () -> scheme.contribution(COOP, dirhams, TO, Locale.FRENCH));
        values.put(SmartSettings.TURNOVER_PERCENT, "120");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> scheme.contribution(COOP, figures("100.00", "0.00"), TO, Locale.FRENCH));
        assertTrue(e.getMessage().startsWith(SmartSettings.TURNOVER_PERCENT), e.getMessage());
    }
}
