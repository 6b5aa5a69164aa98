package coop.essaim.tradegroups.api;

import coop.essaim.api.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A price per unit against a grid: below or not, by how much, on which edition. */
class GridCheckTest {

    private static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }

    private static GridEdition edition(long id, String trade, RateUnit unit, LocalDate from, GridLine... lines) {
        return new GridEdition(id, 1, "Photographes", trade, unit, from, from, "Nicolas Fabre", List.of(lines),
                LocalDateTime.of(2026, 1, 1, 10, 0), "fabre");
    }

    private final GridEdition january = edition(10, "photographie", RateUnit.DAY, LocalDate.of(2026, 1, 1),
            new GridLine("Reportage, journée", eur(45_000)), new GridLine("Studio, journée", eur(55_000)));
    private final GridEdition july = edition(11, "photographie", RateUnit.DAY, LocalDate.of(2026, 7, 1),
            new GridLine("Reportage, journée", eur(50_000)));
    private final GridEdition julyAgain = edition(12, "photographie", RateUnit.DAY, LocalDate.of(2026, 7, 1),
            new GridLine("Reportage, journée", eur(52_000)));
    private final GridEdition hours = edition(13, "photographie", RateUnit.HOUR, LocalDate.of(2026, 1, 1),
            new GridLine("Retouche", eur(6_000)));

    @Test
    void aPriceBelowTheLineIsBelowByTheDifferenceAndTheMinimumItselfIsNot() {
        GridCheck.Verdict below = GridCheck.check(january, " reportage, JOURNÉE ", eur(40_000)).orElseThrow();
        assertTrue(below.below());
        assertEquals(eur(5_000), below.shortfall());
        assertEquals("Reportage, journée", below.lineLabel());
        assertEquals(eur(45_000), below.minimum());
        GridCheck.Verdict equal = GridCheck.check(january, "Reportage, journée", eur(45_000)).orElseThrow();
        assertFalse(equal.below());
        assertEquals(eur(0), equal.shortfall());
        assertTrue(GridCheck.check(january, "Mariage", eur(1)).isEmpty());
    }

    @Test
    void withoutALabelThePriceIsComparedWithTheGridsLowestMinimum() {
        GridCheck.Verdict v = GridCheck.check(january, null, eur(50_000)).orElseThrow();
        assertFalse(v.below());
        assertEquals("Reportage, journée", v.lineLabel());
        assertTrue(GridCheck.check(january, "", eur(44_999)).orElseThrow().below());
    }

    @Test
    void theEditionInForceOnTheDayIsTheLatestFromThatDayOrBeforeOfItsTradeAndUnit() {
        List<GridEdition> all = List.of(julyAgain, january, hours, july);
        assertEquals(10, GridCheck.inForce(all, "Photographie", RateUnit.DAY, LocalDate.of(2026, 6, 30))
                .orElseThrow().id());
        assertEquals(12, GridCheck.inForce(all, "photographie", RateUnit.DAY, LocalDate.of(2026, 7, 1))
                .orElseThrow().id());
        assertEquals(13, GridCheck.inForce(all, "photographie", RateUnit.HOUR, LocalDate.of(2026, 7, 1))
                .orElseThrow().id());
        assertTrue(GridCheck.inForce(all, "photographie", RateUnit.WORD, LocalDate.of(2026, 7, 1)).isEmpty());
        assertTrue(GridCheck.inForce(all, "photographie", RateUnit.DAY, LocalDate.of(2025, 12, 31)).isEmpty());
        assertTrue(GridCheck.inForce(all, "traduction", RateUnit.DAY, LocalDate.of(2026, 7, 1)).isEmpty());
        GridCheck.Verdict v = GridCheck.check(all, "photographie", RateUnit.DAY, LocalDate.of(2026, 8, 3),
                "Reportage, journée", eur(50_000)).orElseThrow();
        assertEquals(12, v.editionId());
        assertEquals(eur(2_000), v.shortfall());
        // the studio line is not in the July editions any more
        assertTrue(GridCheck.check(all, "photographie", RateUnit.DAY, LocalDate.of(2026, 8, 3), "Studio, journée",
                eur(1)).isEmpty());
    }

    @Test
    void tradesMatchInAnyCaseWithOrWithoutAccentsOrOneWithinTheOther() {
        assertTrue(GridCheck.tradeMatches("Écriture", "ecriture"));
        assertTrue(GridCheck.tradeMatches("traduction", "Traduction  technique"));
        assertFalse(GridCheck.tradeMatches("traduction", "photographie"));
        assertFalse(GridCheck.tradeMatches("", "photographie"));
        assertFalse(GridCheck.tradeMatches(null, null));
    }

    @Test
    void aPriceInAnotherCurrencyIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> GridCheck.check(january, "Reportage, journée", Money.of(40_000, "USD")));
    }
}
