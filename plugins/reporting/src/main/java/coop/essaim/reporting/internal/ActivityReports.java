package coop.essaim.reporting.internal;

import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.People;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.reporting.MeasureValue;
import coop.essaim.api.reporting.ReportMeasures;
import coop.essaim.api.reporting.ReportMeasures.Measured;
import coop.essaim.api.reporting.ReportScope;
import coop.essaim.api.security.UserContext;
import coop.essaim.reporting.api.ActivityReport;
import coop.essaim.reporting.api.ReportingPermissions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the yearly activity report from the core's {@link ReportMeasures}: every measure the started modules
 * contribute, for the report's year and the four before it, of the whole cooperative or one of its sites. Needs
 * {@link ReportingPermissions#VIEW}; each measure is then computed with the reader's own permissions.
 */
public final class ActivityReports {

    /** The years a report shows, the report's year included. */
    public static final int YEARS = 5;
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2200;

    private final ReportMeasures measures;
    private final People people;
    private final CooperativeDirectory cooperatives;

    public ActivityReports(ReportMeasures measures, People people, CooperativeDirectory cooperatives) {
        this.measures = measures;
        this.people = people;
        this.cooperatives = cooperatives;
    }

    public static ActivityReports of(ModuleContext context) {
        return new ActivityReports(context.service(ReportMeasures.class), context.service(People.class),
                context.service(CooperativeDirectory.class));
    }

    public ActivityReport report(UserContext actor, int year, Long establishmentId) {
        actor.require(ReportingPermissions.VIEW);
        Messages m = new Messages(actor.locale());
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ValidationException("year", m.text("error.year", FIRST_YEAR, LAST_YEAR));
        }
        String siteName = null;
        if (establishmentId != null) {
            siteName = people.establishments(actor).stream().filter(e -> e.id() == establishmentId)
                    .map(Establishment::name).findFirst()
                    .orElseThrow(() -> new ValidationException("establishmentId", m.text("error.site")));
        }
        List<Integer> years = new ArrayList<>();
        for (int y = year - YEARS + 1; y <= year; y++) {
            years.add(y);
        }
        Map<String, List<ActivityReport.Cell>> cells = new LinkedHashMap<>();
        Map<String, Measured> last = new LinkedHashMap<>();
        for (int y : years) {
            for (Measured x : measures.measure(actor, ReportScope.year(actor.cooperativeId(), y, establishmentId))) {
                MeasureValue v = x.value();
                cells.computeIfAbsent(x.key(), k -> new ArrayList<>()).add(new ActivityReport.Cell(y, x.status(),
                        v == null ? null : v.number(), v == null ? null : v.money()));
                last.put(x.key(), x);
            }
        }
        List<ActivityReport.Row> rows = new ArrayList<>();
        for (Measured x : last.values()) {
            List<ActivityReport.Cell> row = cells.get(x.key());
            if (row.size() != years.size()) {
                continue; // a module started or stopped while the report was made: left out rather than misaligned
            }
            List<ActivityReport.Part> parts = x.value() == null ? List.of() : x.value().parts().stream()
                    .map(p -> new ActivityReport.Part(p.key(), p.label(), p.count())).toList();
            rows.add(new ActivityReport.Row(x.key(), x.moduleId(), x.label(), x.definition().unit(), row, parts));
        }
        return new ActivityReport(year, establishmentId, siteName, years, rows);
    }

    /** The report as a PDF with its charts, made when it is downloaded. */
    public byte[] pdf(UserContext actor, int year, Long establishmentId) {
        ActivityReport report = report(actor, year, establishmentId);
        String name = cooperatives.find(actor.cooperativeId()).map(c -> c.legalName()).orElse("");
        return ReportPdf.write(report, name, actor.locale());
    }

    /** The sites the reader may choose from. */
    public List<Establishment> sites(UserContext actor) {
        actor.require(ReportingPermissions.VIEW);
        return people.establishments(actor);
    }
}
