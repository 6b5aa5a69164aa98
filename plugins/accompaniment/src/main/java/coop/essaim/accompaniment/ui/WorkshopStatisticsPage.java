package coop.essaim.accompaniment.ui;

import coop.essaim.accompaniment.api.AttendanceRecord;
import coop.essaim.accompaniment.api.WorkshopFigures;
import coop.essaim.api.problem.ValidationException;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.handler.resource.ResourceStreamRequestHandler;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.ContentDisposition;
import org.apache.wicket.util.resource.StringResourceStream;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The team's workshop statistics over a period of months ({@code ?from=2026-01&to=2026-06}, a year back by
 * default) and optionally one site ({@code &site=}): per month and site the sessions, seats, sign-ups, fill and
 * no-show rates, with the CSV export; then each person's attendance, the lowest first.
 */
public class WorkshopStatisticsPage extends AccompanimentPage {

    private static final long serialVersionUID = 1L;

    private final IModel<String> from = Model.of("");
    private final IModel<String> to = Model.of("");
    private final IModel<Choice> site = Model.of();

    public WorkshopStatisticsPage(PageParameters parameters) {
        super(parameters);
        YearMonth now = YearMonth.from(LocalDate.now());
        YearMonth start = month(parameters.get("from").toOptionalString(), now.minusMonths(11));
        YearMonth end = month(parameters.get("to").toOptionalString(), now);
        Long siteId = parameters.get("site").toOptionalLong();
        List<Choice> sites = sites();
        from.setObject(start.toString());
        to.setObject(end.toString());
        site.setObject(sites.stream().filter(c -> siteId != null && c.id() == siteId).findFirst().orElse(null));
        List<WorkshopFigures> figures = List.of();
        List<AttendanceRecord> people = List.of();
        try {
            figures = accompaniment().statistics().figures(user(), start, end, siteId);
            people = accompaniment().statistics().attendance(user(), start, end, siteId);
        } catch (ValidationException e) {
            refused(e);
        }
        Form<Void> form = new Form<>("periodForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                PageParameters next = new PageParameters().set("from", text(from)).set("to", text(to));
                if (site.getObject() != null) {
                    next.set("site", site.getObject().id());
                }
                setResponsePage(WorkshopStatisticsPage.class, next);
            }
        };
        form.add(new TextField<>("from", from), new TextField<>("to", to),
                new DropDownChoice<>("site", site, sites, new ChoiceRenderer<>("name", "id")).setNullValid(true));
        add(form);
        add(new Link<Void>("csv") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                String csv = accompaniment().statistics().csv(user(), start, end, siteId);
                getRequestCycle().scheduleRequestHandlerAfterCurrent(new ResourceStreamRequestHandler(
                        new StringResourceStream(csv, "text/csv; charset=utf-8"), getString("statistics.file")
                        + "-" + start + "-" + end + ".csv").setContentDisposition(ContentDisposition.ATTACHMENT));
            }
        });
        add(new Label("none", getString("statistics.none")).setVisible(figures.isEmpty()));
        add(new ListView<>("figures", figures) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<WorkshopFigures> item) {
                WorkshopFigures f = item.getModelObject();
                item.add(new Label("month", f.month().toString()),
                        new Label("site", place(f.establishmentId() == null, f.establishmentId(), sites)),
                        new Label("sessions", f.sessions()), new Label("seats", f.seats()),
                        new Label("confirmed", f.confirmed()), new Label("waiting", f.waiting()),
                        new Label("fill", f.fillPercent() + " %"), new Label("absent", f.absent()),
                        new Label("noShow", f.noShowPercent() + " %"));
            }
        });
        add(new ListView<>("people", people) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<AttendanceRecord> item) {
                AttendanceRecord r = item.getModelObject();
                item.add(new Label("person", personName(r.personId())), new Label("present", r.present()),
                        new Label("excused", r.excused()), new Label("absent", r.absent()),
                        new Label("rate", r.ratePercent() + " %"));
            }
        });
    }

    private YearMonth month(String text, YearMonth fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeException e) {
            error(getString("error.month"));
            return fallback;
        }
    }

    private static String text(IModel<String> model) {
        return model.getObject() == null ? "" : model.getObject().strip();
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("statistics.title");
    }
}
