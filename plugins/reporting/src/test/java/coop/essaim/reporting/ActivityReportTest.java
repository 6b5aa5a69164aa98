package coop.essaim.reporting;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.reporting.api.ActivityReport;
import coop.essaim.reporting.internal.ActivityReports;
import coop.essaim.reporting.internal.ReportCsv;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The yearly report: five years of every measure, the change on the year before, the CSV, the refusals. */
class ActivityReportTest {

    @RegisterExtension
    static final EssaimTestKit essaim = ReportingFixture.kit();

    private final ReportingFixture fixture = new ReportingFixture(essaim);

    private ActivityReports reports() {
        return ActivityReports.of(essaim.modules().context("reporting").orElseThrow());
    }

    private static ActivityReport.Row row(ActivityReport r, String key) {
        return r.rows().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void fiveYearsOfEveryMeasureWithTheChange() {
        ActivityReport r = reports().report(fixture.admin(), 2026, null);
        assertEquals(List.of(2022, 2023, 2024, 2025, 2026), r.years());
        assertNull(r.siteName());
        ActivityReport.Row supported = row(r, "core.people.supported");
        assertEquals("Personnes accompagnées", supported.label());
        // hand counts: 22 in 2025, 33 in 2026 (CoreMeasuresTest)
        assertEquals(BigDecimal.valueOf(22), supported.cells().get(3).number());
        assertEquals(BigDecimal.valueOf(33), supported.last().number());
        assertEquals(BigDecimal.valueOf(11), supported.change().number());
        // the core's measures in their order: sites first, the rate last
        assertEquals("core.sites", r.rows().get(0).key());
        assertEquals("core.ledger.self-financing", r.rows().get(r.rows().size() - 1).key());
        assertEquals(6, row(r, "core.people.exits").parts().size());
    }

    @Test
    void aSitesReportNamesTheSite() {
        ActivityReport r = reports().report(fixture.admin(), 2026, fixture.lyon());
        assertEquals(ReportingFixture.LYON, r.siteName());
        assertEquals(BigDecimal.valueOf(16), row(r, "core.people.supported").last().number());
    }

    @Test
    void theCsvHasARowPerMeasureAndThePartsOfTheYear() {
        String csv = ReportCsv.write(reports().report(fixture.admin(), 2026, null), Locale.FRENCH);
        List<String> lines = csv.lines().toList();
        assertEquals("Clé;Mesure;2022;2023;2024;2025;2026;Évolution sur un an", lines.get(0));
        // 2022 to 2024: the members whose agreement started by the year's end (ago(n) with n at least 47, 35 and
        // 23 months before 2 November 2026), nobody having left before 2026 but Roger, never supported.
        // 2022: Fabre (60), Barbier (50), Morel (58), Noël (55), Petit (48), Robin (64), Garcia (70): 7;
        // 2023: those, Rey (46), Henry (44) and Brun (41): 10; 2024: those, Masson (30) and Lefort (28): 12
        assertTrue(lines.contains("core.people.supported;Personnes accompagnées;7;10;12;22;33;11"), csv);
        assertTrue(lines.contains("core.ledger.turnover;Chiffre d’affaires HT;0.00;0.00;0.00;0.00;19800.00;19800.00"),
                csv);
        // no rate without operating costs: empty cells, not 0
        assertTrue(lines.contains("core.ledger.self-financing;Taux d’autofinancement;;;;;;"), csv);
        assertTrue(lines.contains("core.people.exits.own-company;Sorties, par motif : A créé sa propre entreprise;2"),
                csv);
    }

    @Test
    void badInputNamesTheFieldAndReadersWithoutThePermissionAreRefused() {
        ValidationException year = assertThrows(ValidationException.class,
                () -> reports().report(fixture.admin(), 1200, null));
        assertEquals("year", year.errors().get(0).field());
        ValidationException site = assertThrows(ValidationException.class,
                () -> reports().report(fixture.admin(), 2026, 987_654L));
        assertEquals("establishmentId", site.errors().get(0).field());
        assertThrows(AccessDeniedException.class, () -> reports().report(fixture.user("jeanne"), 2026, null));
        assertThrows(AccessDeniedException.class, () -> reports().report(fixture.user("elu"), 2026, null));
    }
}
