package coop.essaim.countryfr.internal.fec;

import coop.essaim.api.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How the FEC writes and reads values, and its file name. */
class FecTextTest {

    @Test
    void amountsHaveADecimalCommaAndNoThousandsSeparator() {
        assertEquals("1234567,05", FecText.amount(Money.of(123_456_705, "EUR")));
        assertEquals("0,00", FecText.amount(0));
        assertEquals(120_050, FecText.parseAmount("1200,5"));
        assertEquals(-1, FecText.parseAmount("1 200,50"));
        assertEquals(-1, FecText.parseAmount("1200.50"));
        assertEquals(-1, FecText.parseAmount("-3,00"));
        assertThrows(IllegalArgumentException.class, () -> FecText.amount(Money.of(100, "JPY")));
    }

    @Test
    void datesAreYearMonthDay() {
        assertEquals("20261231", FecText.date(LocalDate.of(2026, 12, 31)));
        assertEquals(LocalDate.of(2026, 2, 28), FecText.parseDate("20260228"));
        assertNull(FecText.parseDate("20260229"));
        assertNull(FecText.parseDate("2026-02-28"));
    }

    @Test
    void aLabelIsKeptOnOneLineWithoutSeparators() {
        assertEquals("Robe de scène lot 2 3", FecText.clean("Robe\tde scène\r\nlot 2 | 3 "));
        assertEquals("", FecText.clean(null));
    }

    @Test
    void theFileNameIsSirenFecClosingDate() {
        assertEquals("901234567FEC20261231.txt", FecFileName.of("901 234 567", LocalDate.of(2026, 12, 31)));
        assertEquals("901234567FEC20270630.txt", FecFileName.of("90123456700012", LocalDate.of(2027, 6, 30)));
        assertEquals(LocalDate.of(2026, 12, 31), FecFileName.closing("901234567FEC20261231.txt").orElseThrow());
        assertEquals(java.util.Optional.empty(), FecFileName.siren("RCS Lyon"));
    }
}
