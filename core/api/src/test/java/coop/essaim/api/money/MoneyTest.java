package coop.essaim.api.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency MAD = Currency.getInstance("MAD");

    private static Money eur(long cents) {
        return Money.of(cents, EUR);
    }

    @Test
    void parsesThePlainDecimalIntoMinorUnits() {
        assertEquals(eur(120000), Money.parse("1200.00", EUR));
        assertEquals(eur(120000), Money.parse("1200", EUR));
        assertEquals(eur(-350), Money.parse("-3.5", EUR));
        assertEquals(Money.of(1999, MAD), Money.parse("19.99", MAD));
        assertEquals("1200.00", eur(120000).toPlainString());
        assertEquals(Money.parse("0.07", EUR), Money.parse(eur(7).toPlainString(), EUR));
    }

    @Test
    void refusesWhatIsNotAnAmountOfTheCurrency() {
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1.005", EUR));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1,00", EUR));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("", EUR));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1e3", EUR));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("99999999999999999999", EUR));
        assertEquals(eur(100), Money.parse("1.000", EUR), "trailing zeros are not extra precision");
    }

    @Test
    void formatsForPeopleInTheirLanguage() {
        // the JDK's French pattern uses a narrow no-break space to group and a no-break space before the symbol
        String fr = eur(120000).format(Locale.FRENCH).replace('\u202f', ' ').replace('\u00a0', ' ');
        assertEquals("1 200,00 €", fr);
        assertEquals("€1,200.00", eur(120000).format(Locale.ENGLISH));
        assertEquals("-€0.05", eur(-5).format(Locale.ENGLISH));
    }

    @Test
    void addsSubtractsAndNegatesExactly() {
        assertEquals(eur(30), eur(10).plus(eur(20)));
        assertEquals(eur(-10), eur(10).minus(eur(20)));
        assertEquals(eur(-10), eur(10).negate());
        assertTrue(eur(0).isZero());
        assertTrue(eur(1).isPositive());
        assertTrue(eur(-1).isNegative());
        assertFalse(eur(1).isZero());
        assertThrows(ArithmeticException.class, () -> eur(Long.MAX_VALUE).plus(eur(1)));
    }

    @Test
    void neverMixesCurrenciesAndNamesBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> eur(100).plus(Money.of(100, MAD)));
        assertTrue(e.getMessage().contains("EUR") && e.getMessage().contains("MAD"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> eur(100).compareTo(Money.of(100, MAD)));
        assertTrue(eur(100).compareTo(eur(200)) < 0);
        assertEquals(0, eur(100).compareTo(eur(100)));
    }

    @Test
    void allocatesWithoutLosingACent() {
        assertEquals(List.of(eur(34), eur(33), eur(33)), eur(100).allocate(3));
        assertEquals(List.of(eur(-34), eur(-33), eur(-33)), eur(-100).allocate(3));
        // 800.00 over 6 months: 133.33 five times would lose two cents; they go to the first months
        List<Money> months = eur(80000).allocate(6);
        assertEquals(List.of(eur(13334), eur(13334), eur(13333), eur(13333), eur(13333), eur(13333)), months);
        assertEquals(eur(80000), months.stream().reduce(eur(0), Money::plus));
        // by weights: 10.00 in 1:2:3 is 1.6666.., 3.3333.., 5.00 -> the largest remainder (0.67) gets the cent
        assertEquals(List.of(eur(167), eur(333), eur(500)), eur(1000).allocate(1, 2, 3));
        assertEquals(List.of(eur(0), eur(5)), eur(5).allocate(0, 1));
        assertThrows(IllegalArgumentException.class, () -> eur(5).allocate(0));
        assertThrows(IllegalArgumentException.class, () -> eur(5).allocate(0L, 0L));
    }

    @Test
    void multipliesByARateWithTheNamedRounding() {
        BigDecimal tenPercent = new BigDecimal("0.10");
        assertEquals(eur(12000), eur(120000).times(tenPercent, RoundingMode.HALF_UP));
        // 0.05 * 10% = 0.005: the rule decides the cent
        assertEquals(eur(1), eur(5).times(tenPercent, RoundingMode.HALF_UP));
        assertEquals(eur(0), eur(5).times(tenPercent, RoundingMode.HALF_EVEN));
        assertEquals(eur(0), eur(5).times(tenPercent, RoundingMode.DOWN));
        assertThrows(ArithmeticException.class, () -> eur(5).times(tenPercent, RoundingMode.UNNECESSARY));
    }

    @Test
    void refusesACurrencyWithoutMinorUnits() {
        assertThrows(IllegalArgumentException.class, () -> Money.of(1, "XXX"));
    }
}
