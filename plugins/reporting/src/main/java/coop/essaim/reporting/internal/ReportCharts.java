package coop.essaim.reporting.internal;

import coop.essaim.reporting.api.ActivityReport;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report's charts, where people would rather look than read: turnover per year, the report year's people by
 * stage and its exits by reason. Each is drawn only when the reader has its figures.
 */
public final class ReportCharts {

    static final String TURNOVER = "core.ledger.turnover";
    static final List<String> STAGES = List.of("core.people.supported", "core.people.entries",
            "core.people.salaried", "core.people.associates", "core.people.exits");
    static final String EXITS = "core.people.exits";

    /** A chart's bars, drawn as SVG on the page and directly in the PDF. */
    public record Chart(String id, String title, List<BarChart.Bar> bars) implements Serializable {

        public Chart {
            bars = List.copyOf(bars);
        }

        public String svg() {
            return BarChart.svg(title, bars);
        }
    }

    private ReportCharts() {
    }

    public static List<Chart> of(ActivityReport report, Locale locale) {
        Messages m = new Messages(locale);
        ReportFormat format = new ReportFormat(locale);
        List<Chart> charts = new ArrayList<>();
        row(report, TURNOVER).filter(r -> r.cells().stream().allMatch(ActivityReport.Cell::hasValue)).ifPresent(r -> {
            List<BarChart.Bar> bars = r.cells().stream().map(c -> new BarChart.Bar(String.valueOf(c.year()),
                    c.money().minorUnits(), format.cell(r.unit(), c))).toList();
            String title = m.text("chart.turnover");
            charts.add(new Chart("turnover", title, bars));
        });
        List<BarChart.Bar> stages = new ArrayList<>();
        for (String key : STAGES) {
            row(report, key).filter(r -> r.last().number() != null).ifPresent(r -> stages.add(
                    new BarChart.Bar(r.label(), r.last().number().longValue(), format.cell(r.unit(), r.last()))));
        }
        if (!stages.isEmpty()) {
            String title = m.text("chart.stages", String.valueOf(report.year()));
            charts.add(new Chart("stages", title, stages));
        }
        row(report, EXITS).filter(r -> !r.parts().isEmpty()).ifPresent(r -> {
            String title = m.text("chart.exits", String.valueOf(report.year()));
            charts.add(new Chart("exits", title, r.parts().stream()
                    .map(p -> new BarChart.Bar(p.label(), p.count(), String.valueOf(p.count()))).toList()));
        });
        return charts;
    }

    private static Optional<ActivityReport.Row> row(ActivityReport report, String key) {
        return report.rows().stream().filter(r -> r.key().equals(key)).findFirst();
    }
}
