package coop.essaim.accompaniment.ui;

import coop.essaim.accompaniment.api.Appointment;
import coop.essaim.api.people.Establishment;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.request.Url;
import org.apache.wicket.request.resource.ContentDisposition;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

/**
 * The adviser's appointments for one week, Monday to Sunday ({@code ?week=2027-03-08}, any day of it; this week
 * when absent), or those held at one site that week ({@code &site=}), with links to the weeks around it, to each
 * site's week and to each appointment's form.
 */
public class CalendarPage extends AccompanimentPage {

    private static final long serialVersionUID = 1L;

    public CalendarPage(PageParameters parameters) {
        super(parameters);
        LocalDate monday = week(parameters).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        add(new Label("week", getString("calendar.week", Model.ofMap(Map.of("from", day.format(monday),
                "to", day.format(sunday))))));
        IModel<List<Establishment>> sites = LoadableDetachableModel.of(() -> people().establishments(user()));
        Long asked = parameters.get("site").toOptionalLong();
        Choice site = sites().stream().filter(s -> asked != null && s.id() == asked).findFirst().orElse(null);
        add(new BookmarkablePageLink<Void>("previous", CalendarPage.class, at(monday.minusWeeks(1), site)));
        add(new BookmarkablePageLink<Void>("following", CalendarPage.class, at(monday.plusWeeks(1), site)));
        add(new Label("scope", site == null ? getString("calendar.mine") : text("calendar.site", "site", site.name())));
        add(new BookmarkablePageLink<Void>("mine", CalendarPage.class, at(monday, null)));
        add(new ListView<>("sites", sites()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Choice> item) {
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("site", CalendarPage.class,
                        at(monday, item.getModelObject()));
                link.add(new Label("name", item.getModelObject().name()));
                item.add(link);
            }
        });
        Long siteId = site == null ? null : site.id();
        IModel<List<Appointment>> week = LoadableDetachableModel.of(() -> siteId == null
                ? accompaniment().appointments().ofAdviser(user(), user().userId(), monday, sunday)
                : accompaniment().appointments().atSite(user(), siteId, monday, sunday));
        calendarLinks(monday);
        add(new Label("none", getString("calendar.none")).setVisible(week.getObject().isEmpty()));
        add(new ListView<>("appointments", week) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Appointment> item) {
                Appointment a = item.getModelObject();
                item.add(new Label("when", when(a.start())), new Label("duration", a.durationMinutes()),
                        new Label("person", personName(a.personId())), new Label("mode", mode(a)),
                        new Label("site", site(a, sites.getObject())), new Label("topics", String.join(", ", a.topics())),
                        new Label("attendance", attendance(a)));
                BookmarkablePageLink<Void> open = new BookmarkablePageLink<>("open", AppointmentPage.class,
                        new PageParameters().set("id", a.id()));
                open.setVisible(a.privateNotesShown());   // the form is for those who manage the appointment
                item.add(open);
            }
        });
    }

    private static PageParameters at(LocalDate monday, Choice site) {
        PageParameters p = new PageParameters().set("week", monday.toString());
        return site == null ? p : p.set("site", site.id());
    }

    /** The .ics of the week around this one (a month back, three months ahead) and the private feed's controls. */
    private void calendarLinks(LocalDate monday) {
        add(new Link<Void>("download") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                String ics = accompaniment().calendars().calendar(user(), monday.minusMonths(1),
                        monday.plusMonths(3));
                getRequestCycle().scheduleRequestHandlerAfterCurrent(
                        FeedPage.calendarHandler(ics, ContentDisposition.ATTACHMENT));
            }
        });
        IModel<String> shown = Model.of("");
        add(new Label("feedUrl", shown) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!shown.getObject().isEmpty());
            }
        });
        add(new Label("feedState", LoadableDetachableModel.of(() -> getString(accompaniment().calendars()
                .active(user()) ? "feed.active" : "feed.none"))));
        add(new Link<Void>("issueFeed") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                String token = accompaniment().calendars().issue(user());
                String path = urlFor(FeedPage.class, new PageParameters().set("token", token)).toString();
                shown.setObject(getRequestCycle().getUrlRenderer().renderFullUrl(Url.parse(path)));
                info(getString("feed.issued"));
            }
        });
        add(new Link<Void>("revokeFeed") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                accompaniment().calendars().revoke(user());
                shown.setObject("");
                info(getString("feed.revoked"));
            }
        });
    }

    private static LocalDate week(PageParameters parameters) {
        String text = parameters.get("week").toOptionalString();
        try {
            return text == null ? LocalDate.now() : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return LocalDate.now();
        }
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("calendar.title");
    }
}
