package coop.essaim.api.payroll;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParameterEditionsTest {

    /** One edition as a country plugin would view it. */
    record Edition(LocalDate validFrom, Map<String, String> values) {
    }

    private static ParameterEditions<Edition> load(String folder) {
        return ParameterEditions.load(ParameterEditionsTest.class.getClassLoader(),
                "coop/essaim/api/payroll/" + folder + "/", "FR", Edition::new, Edition::validFrom);
    }

    @Test
    void eachEditionIsTheOneBeforeOverlaidWithWhatChangedAndAMonthTakesTheOneInForceOnItsFirstDay() {
        ParameterEditions<Edition> editions = load("editions");
        assertEquals(YearMonth.of(2025, 1), editions.firstMonth());
        Edition april = editions.forMonth(YearMonth.of(2025, 4));
        assertEquals(Map.of("smic.hourly", "11.65", "pss", "3925"), april.values());
        Edition may = editions.forMonth(YearMonth.of(2025, 5));
        assertEquals(Map.of("smic.hourly", "11.88", "pss", "3925"), may.values());
        assertEquals(may, editions.latest());
        assertEquals(may, editions.forMonth(YearMonth.of(2031, 1)));
    }

    @Test
    void aMonthBeforeTheFirstEditionIsRefusedSayingFromWhen() {
        MissingPayrollParametersException e = assertThrows(MissingPayrollParametersException.class,
                () -> load("editions").forMonth(YearMonth.of(2024, 12)));
        assertTrue(e.getMessage().contains("2025-01"), e.getMessage());
    }

    @Test
    void aBrokenListOrMissingFileNamesIt() {
        IllegalStateException date = assertThrows(IllegalStateException.class, () -> load("broken"));
        assertTrue(date.getMessage().contains("broken/editions.list: '1 May 2025'"), date.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> load("absent"));
        assertTrue(missing.getMessage().contains("absent/editions.list"), missing.getMessage());
    }

    @Test
    void editionsMustBeInOrder() {
        Edition may = new Edition(LocalDate.of(2025, 5, 1), Map.of());
        Edition april = new Edition(LocalDate.of(2025, 4, 1), Map.of());
        assertThrows(IllegalStateException.class, () -> ParameterEditions.of("FR", List.of(may, april),
                Edition::validFrom));
        assertThrows(IllegalStateException.class, () -> ParameterEditions.of("FR", List.of(), Edition::validFrom));
    }
}
