package coop.essaim.reporting.ui;

import coop.essaim.api.people.Establishment;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.reporting.api.ActivityReport;
import coop.essaim.reporting.internal.ActivityReports;
import coop.essaim.reporting.internal.ReportCharts;
import coop.essaim.reporting.internal.ReportCsv;
import coop.essaim.reporting.internal.ReportFormat;
import coop.essaim.web.ui.Download;
import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.LocalDate;
import java.util.List;

/**
 * "Rapport d'activité": the yearly report for the partners' committee, of the whole cooperative or one site:
 * a table of every contributed measure over five years with the change on the year before, the report year's
 * mixes, charts (SVG drawn on the server, the same numbers as the table), the table as CSV and the whole report as
 * a PDF with its charts. The year and the
 * site are in the address, so a report can be bookmarked and sent.
 */
public class ActivityReportPage extends LayoutPage {

    private static final long serialVersionUID = 1L;

    private final int year;
    private final Long site;
    /** Made once per request, never kept in the page between requests. */
    private final IModel<ActivityReport> report;

    public ActivityReportPage(PageParameters parameters) {
        super(parameters);
        Integer asked = number(parameters, "year", "error.year.number");
        this.year = asked == null ? LocalDate.now().getYear() : asked;
        Integer chosen = number(parameters, "site", "error.site.number");
        this.site = chosen == null ? null : chosen.longValue();
        // checks reporting.view now, so a reader without it gets the forbidden page, not an empty report
        List<Establishment> sites = reports().sites(user());
        this.report = LoadableDetachableModel.of(this::load);

        add(new Label("shownYear", String.valueOf(year)));
        add(new Label("scope", () -> report.getObject() == null ? "" : report.getObject().siteName() == null
                ? getString("scope.cooperative") : report.getObject().siteName()));
        add(new WebMarkupContainer("yearField").add(AttributeModifier.replace("value", String.valueOf(year))));
        add(new ListView<>("siteOption", sites.stream().map(s -> new SiteOption(s.id(), s.name())).toList()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<SiteOption> item) {
                SiteOption s = item.getModelObject();
                item.add(AttributeModifier.replace("value", String.valueOf(s.id())));
                if (site != null && site == s.id()) {
                    item.add(AttributeModifier.replace("selected", "selected"));
                }
                item.add(new Label("siteName", s.name()));
            }
        });
        Long shownSite = site;
        int shownYear = year;
        add(new ResourceLink<Void>("csv", Download.csv(() -> ReportCsv.write(ActivityReports.of(module())
                        .report(user(), shownYear, shownSite), getLocale()),
                "rapport-activite-" + year + (site == null ? "" : "-site-" + site) + ".csv")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(report.getObject() != null);
            }
        });
        add(new ResourceLink<Void>("pdf", Download.pdf(() -> ActivityReports.of(module())
                        .pdf(user(), shownYear, shownSite),
                "rapport-activite-" + year + (site == null ? "" : "-site-" + site) + ".pdf")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(report.getObject() != null);
            }
        });
        WebMarkupContainer table = new WebMarkupContainer("table") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(report.getObject() != null);
            }
        };
        add(table);
        table.add(new ListView<>("year", LoadableDetachableModel.of(() -> report.getObject().years())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Integer> item) {
                item.add(new Label("label", String.valueOf(item.getModelObject())));
            }
        });
        table.add(new ListView<>("row", LoadableDetachableModel.of(() -> report.getObject().rows())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ActivityReport.Row> item) {
                ActivityReport.Row r = item.getModelObject();
                ReportFormat format = new ReportFormat(getLocale());
                item.add(new Label("label", r.label()));
                // the cells are read through the row's model and formatted at render: the page is stored
                item.add(new ListView<>("cell", item.getModel().map(ActivityReport.Row::cells)) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<ActivityReport.Cell> cell) {
                        cell.add(new Label("value", new ReportFormat(getLocale())
                                .cell(item.getModelObject().unit(), cell.getModelObject())));
                    }
                });
                item.add(new Label("change", format.change(r.unit(), r.change())));
            }
        });
        add(new ListView<>("mix", LoadableDetachableModel.of(() -> report.getObject() == null ? List.of()
                : report.getObject().rows().stream().filter(r -> !r.parts().isEmpty()).toList())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ActivityReport.Row> item) {
                ActivityReport.Row r = item.getModelObject();
                item.add(new Label("title", r.label() + " — " + shownYear));
                item.add(new ListView<>("part", r.parts()) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<ActivityReport.Part> part) {
                        part.add(new Label("label", part.getModelObject().label()),
                                new Label("count", String.valueOf(part.getModelObject().count())));
                    }
                });
            }
        });
        add(new ListView<>("chart", LoadableDetachableModel.of(() -> report.getObject() == null ? List.of()
                : ReportCharts.of(report.getObject(), getLocale()))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ReportCharts.Chart> item) {
                item.add(new Label("svg", item.getModelObject().svg()).setEscapeModelStrings(false));
            }
        });
    }

    /** The parameter as a number; null when absent, and an error naming the field when it is not a number. */
    private Integer number(PageParameters parameters, String name, String expected) {
        String raw = parameters.get(name).toOptionalString();
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            error(getString("field." + name) + " : " + getString(expected));
            return null;
        }
    }

    /** Before anything renders, so a refusal of the input is in the page's feedback. */
    @Override
    protected void onConfigure() {
        super.onConfigure();
        report.getObject();
    }

    record SiteOption(long id, String name) implements java.io.Serializable {
    }

    private ActivityReports reports() {
        return ActivityReports.of(module());
    }

    private ActivityReport load() {
        if (hasErrorMessage()) {
            return null;
        }
        try {
            return reports().report(user(), year, site);
        } catch (ValidationException e) {
            e.errors().forEach(f -> error(getString("field." + f.field(), null, f.field()) + " : " + f.message()));
            return null;
        }
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("page.title");
    }

}
