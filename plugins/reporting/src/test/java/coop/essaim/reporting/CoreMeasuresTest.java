package coop.essaim.reporting;

import coop.essaim.api.money.Money;
import coop.essaim.api.reporting.MeasurePart;
import coop.essaim.api.reporting.MeasureValue;
import coop.essaim.api.reporting.ReportMeasures;
import coop.essaim.api.reporting.ReportMeasures.Measured;
import coop.essaim.api.reporting.ReportMeasures.Status;
import coop.essaim.api.reporting.ReportScope;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The core's measures on the demo cooperative, against counts made by hand from the kernel's
 * {@code DemoMembers} (40 members, dates counted back from 2 November 2026: "ago(n)" is n months before it) and
 * country-fr's {@code FrenchDemoLedger}. In 2026 (ago(0) to ago(10)):
 * <ul>
 * <li>the 6 at reception are not supported; the 10 under a support agreement all started in 2026 (ago(1) to
 * ago(10)): 10 supported, 10 entries;</li>
 * <li>the 10 salaried: all supported and salaried; only Jeanne's agreement (ago(9)) started in 2026, Julie
 * Renaud's was ago(11) = 2 December 2025; 5 became salaried in 2026 (Jeanne, Renaud, Arnaud, Picard, Leroux:
 * 89, 121, 120, 153 and 153 days after their agreement started, median 121);</li>
 * <li>the 8 associates: supported, salaried (the CESA stays open) and associate;</li>
 * <li>of the 6 who left, Bastien Roger left from reception in 2025 (never supported, no exit of the report); the
 * other 5 left in 2026 and count as supported: Masson (own company), Hubert (employment), Michel (stopped), Lefort
 * (other), Garcia (own company); Masson, Lefort and Garcia held a CESA until they left, Garcia was associate.</li>
 * </ul>
 * So 2026: 33 supported, 21 salaried (10 + 8 + 3), 9 associates (8 + 1), 11 entries (10 + 1), 5 exits.
 */
class CoreMeasuresTest {

    @RegisterExtension
    static final EssaimTestKit essaim = ReportingFixture.kit();

    private final ReportingFixture fixture = new ReportingFixture(essaim);

    private Map<String, Measured> measure(UserContext user, int year, Long site) {
        return essaim.service(ReportMeasures.class).measure(user, ReportScope.year(user.cooperativeId(), year, site))
                .stream().collect(Collectors.toMap(Measured::key, m -> m, (a, b) -> a, LinkedHashMap::new));
    }

    private static long count(Map<String, Measured> m, String key) {
        assertEquals(Status.COMPUTED, m.get(key).status(), key);
        return m.get(key).value().number().longValueExact();
    }

    private static Map<String, Long> parts(Map<String, Measured> m, String key) {
        return m.get(key).value().parts().stream().collect(Collectors.toMap(MeasurePart::key, MeasurePart::count));
    }

    @Test
    void theWholeCooperativeIn2026MatchesTheHandCounts() {
        Map<String, Measured> m = measure(fixture.admin(), 2026, null);
        assertEquals(2, count(m, "core.sites"));
        assertEquals(33, count(m, "core.people.supported"));
        assertEquals(21, count(m, "core.people.salaried"));
        assertEquals(9, count(m, "core.people.associates"));
        assertEquals(11, count(m, "core.people.entries"));
        assertEquals(5, count(m, "core.people.exits"));
        // the French model's six reasons, in its order, the two nobody used at zero
        assertEquals(List.of("own-company", "employment", "cape-not-renewed", "stopped", "retirement", "other"),
                m.get("core.people.exits").value().parts().stream().map(MeasurePart::key).toList());
        assertEquals(Map.of("own-company", 2L, "employment", 1L, "cape-not-renewed", 0L, "stopped", 1L,
                "retirement", 0L, "other", 1L), parts(m, "core.people.exits"));
        // labels from the country plugin's bundle, in the reader's language (the demo's is French)
        assertEquals("A créé sa propre entreprise", m.get("core.people.exits").value().parts().get(0).label());
        assertEquals(121, count(m, "core.people.days-to-salaried"));
    }

    @Test
    void mixesOfThePeopleSupportedIn2026() {
        Map<String, Measured> m = measure(fixture.admin(), 2026, null);
        // one trade each, two for Nicolas Fabre (photographie, import de vin): 34 trades for 33 people; the brand
        // group's three (Caron, Barbier, Rey) share "graphisme", the most frequent, listed first
        Map<String, Long> trades = parts(m, "core.people.trades");
        assertEquals(34, trades.values().stream().mapToLong(Long::longValue).sum());
        assertEquals(3, trades.get("graphisme"));
        assertEquals("graphisme", m.get("core.people.trades").value().parts().get(0).key());
        // birth dates as DemoPeople derives them from each member's rank r: (1965 + 7r mod 32, 1 + r mod 12,
        // 1 + 3r mod 28), age on 31 December 2026, counted for the 33 ranks by hand
        assertEquals(Map.of("under-26", 0L, "26-35", 6L, "36-45", 11L, "46-55", 10L, "over-55", 6L, "unknown", 0L),
                parts(m, "core.people.ages"));
    }

    @Test
    void turnoverPayrollAndSelfFinancingIn2026() {
        Map<String, Measured> m = measure(fixture.admin(), 2026, null);
        // FrenchDemoLedger: Jeanne's three invoices of 400 € excl. VAT, and one per other open activity, the k-th
        // of (3 + 7k mod 9) × 100 €. The demo has 32 activities (31 of members past reception outside the brand
        // group, Fabre having two, and the group's), 5 closed when their member left: 27 open, 26 besides
        // Jeanne's: 18,600 €. Internal sales: none.
        assertEquals(Money.of(1_980_000, "EUR"), m.get("core.ledger.turnover").value().money());
        // nothing posts salaries or contributions without the payroll plugin and a contribution run
        assertEquals(Money.of(0, "EUR"), m.get("core.ledger.payroll").value().money());
        assertEquals(Money.of(0, "EUR"), m.get("core.ledger.contributions").value().money());
        assertEquals(Money.of(0, "EUR"), m.get("core.ledger.operating-costs").value().money());
        MeasureValue rate = m.get("core.ledger.self-financing").value();
        assertFalse(rate.hasValue(), "no operating costs: no rate, never 0 %");
        // the invoices are dated September 2026: nothing in 2025
        assertEquals(Money.of(0, "EUR"), measure(fixture.admin(), 2025, null).get("core.ledger.turnover").value().money());
    }

    /**
     * Lyon – Croix-Rousse in 2026: of the 10 under agreement, Gauthier, Mercier, Guérin, André, Colin (5 entries);
     * of the salaried, Jeanne (an entry), Renaud, Picard, Caron, Dumont; associates Fabre, Barbier, Noël, Robin;
     * the exits Masson (own company, salaried) and Michel (stopped). 16 supported, 10 salaried, 4 associates,
     * 6 entries, 2 exits; Villeurbanne has the other 17.
     */
    @Test
    void oneSiteCountsItsOwnPeople() {
        Map<String, Measured> lyon = measure(fixture.admin(), 2026, fixture.lyon());
        assertEquals(1, count(lyon, "core.sites"));
        assertEquals(16, count(lyon, "core.people.supported"));
        assertEquals(10, count(lyon, "core.people.salaried"));
        assertEquals(4, count(lyon, "core.people.associates"));
        assertEquals(6, count(lyon, "core.people.entries"));
        assertEquals(2, count(lyon, "core.people.exits"));
        assertEquals(1, parts(lyon, "core.people.exits").get("own-company"));
        assertEquals(1, parts(lyon, "core.people.exits").get("stopped"));
        // the structure is the whole cooperative's: no contributions nor rate per site
        assertFalse(lyon.get("core.ledger.self-financing").value().hasValue());
        assertFalse(lyon.get("core.ledger.contributions").value().hasValue());
        // Jeanne's activity is in Lyon: her 1,200 € are in its turnover, which is part of the whole
        Money turnover = lyon.get("core.ledger.turnover").value().money();
        assertTrue(turnover.minorUnits() >= 120_000 && turnover.minorUnits() < 1_980_000, turnover.toString());
    }

    /**
     * 2025 (ago(11) to ago(22)): the 10 under agreement had not started (supported 0); of the salaried, all but
     * Jeanne (9), 8 agreements starting in 2025 (Renaud to Lemaire, ago(11) to ago(22)), 5 salaried by the end of
     * 2025 (Brun, Caron, Marchand, Dumont, Lemaire); the 8 associates; the 5 who left in 2026 were still there,
     * Hubert's and Michel's agreements starting in 2025, Masson, Lefort and Garcia salaried. 22 supported,
     * 16 salaried, 9 associates, 10 entries, no exit (Roger left from reception).
     */
    @Test
    void theYearBefore() {
        Map<String, Measured> m = measure(fixture.admin(), 2025, null);
        assertEquals(22, count(m, "core.people.supported"));
        assertEquals(16, count(m, "core.people.salaried"));
        assertEquals(9, count(m, "core.people.associates"));
        assertEquals(10, count(m, "core.people.entries"));
        assertEquals(0, count(m, "core.people.exits"));
        // became salaried in 2025: Caron (agreement 2 June, CESA 2 November: 153 days), Marchand (2 May to
        // 2 October: 153), Dumont (2 March to 2 September: 184), Lemaire (2 January to 2 July: 181) and Lefort
        // (2 July 2024 to 2 January 2025: 184): median 181
        assertEquals(181, count(m, "core.people.days-to-salaried"));
    }

    @Test
    void whatAReaderMayNotReadIsWithheldAndEntrepreneursAreRefused() {
        // the board member reads the ledger but not the person files
        Map<String, Measured> board = measure(fixture.user("elu"), 2026, null);
        assertEquals(Status.WITHHELD, board.get("core.people.supported").status());
        assertNull(board.get("core.people.supported").value());
        assertEquals(Status.COMPUTED, board.get("core.ledger.turnover").status());
        UserContext jeanne = fixture.user("jeanne");
        ReportMeasures measures = essaim.service(ReportMeasures.class);
        assertThrows(AccessDeniedException.class,
                () -> measures.measure(jeanne, ReportScope.year(jeanne.cooperativeId(), 2026, null)));
        UserContext admin = fixture.admin();
        assertThrows(AccessDeniedException.class,
                () -> measures.measure(admin, ReportScope.year(admin.cooperativeId() + 1000, 2026, null)));
    }
}
