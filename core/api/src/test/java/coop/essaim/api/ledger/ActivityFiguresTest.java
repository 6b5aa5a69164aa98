package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ActivityFiguresTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 31);

    @Test
    void grossMarginIsTurnoverMinusPurchasesForResale() {
        ActivityFigures f = new ActivityFigures(7, JAN, MAR, Money.of(150000, "EUR"), Money.of(60000, "EUR"));
        assertEquals(Money.of(90000, "EUR"), f.grossMargin());
        assertEquals(Money.of(0, "EUR"), ActivityFigures.ofTurnover(7, JAN, MAR, Money.of(5, "EUR")).purchasesForResale());
    }

    @Test
    void refusesAReversedPeriodAndMixedCurrencies() {
        assertThrows(IllegalArgumentException.class,
                () -> new ActivityFigures(7, MAR, JAN, Money.of(1, "EUR"), Money.of(0, "EUR")));
        assertThrows(IllegalArgumentException.class,
                () -> new ActivityFigures(7, JAN, MAR, Money.of(1, "EUR"), Money.of(0, "MAD")));
    }
}
