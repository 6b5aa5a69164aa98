package coop.essaim.accompaniment.ui;

import coop.essaim.accompaniment.api.PortfolioAlert;
import coop.essaim.accompaniment.api.PortfolioEntry;
import coop.essaim.accompaniment.internal.AccompanimentSettings;
import coop.essaim.api.money.Money;
import coop.essaim.api.settings.CooperativeSettings;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The adviser's home: the people they follow, each with stage, last and next appointment, the treasury of their
 * activities and the alerts, and a link to schedule the next appointment.
 */
public class PortfolioPage extends AccompanimentPage {

    private static final long serialVersionUID = 1L;

    public PortfolioPage(PageParameters parameters) {
        super(parameters);
        IModel<List<PortfolioEntry>> entries = LoadableDetachableModel.of(() -> accompaniment().portfolio()
                .of(user()));
        int weeks = AccompanimentSettings.alertWeeks(module().service(CooperativeSettings.class),
                user().cooperativeId());
        add(new Label("none", getString("portfolio.none")).setVisible(entries.getObject().isEmpty()));
        add(new ListView<>("people", entries) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<PortfolioEntry> item) {
                PortfolioEntry e = item.getModelObject();
                String cash = e.activities().stream().map(c -> c.name() + " : " + c.treasury().format(getLocale())
                        + " " + text("portfolio.before", "then", c.treasuryThreeMonthsAgo().format(getLocale())))
                        .collect(Collectors.joining(" · "));
                String turnover = e.activities().stream().map(c -> c.turnoverLastYear().format(getLocale())
                        + trend(c.turnoverLastYear(), c.turnoverYearBefore())).collect(Collectors.joining(" · "));
                String alerts = e.alerts().stream().map(a -> alert(a, weeks)).collect(Collectors.joining(" · "));
                item.add(new Label("name", e.name()), new Label("stage", e.stage() == null ? "—" : e.stage()),
                        new Label("last", when(e.lastAppointment())), new Label("next", when(e.nextAppointment())),
                        new Label("treasury", cash), new Label("turnover", turnover), new Label("alerts", alerts));
                item.add(new BookmarkablePageLink<Void>("schedule", AppointmentPage.class,
                        new PageParameters().set("person", e.personId())));
            }
        });
    }

    private String alert(PortfolioAlert alert, int weeks) {
        return getString("alert." + alert.name(), Model.ofMap(Map.of("weeks", weeks)));
    }

    /** " (↗ +12 %)" against the twelve months before; nothing when there was no turnover then. */
    private String trend(Money now, Money before) {
        if (before.minorUnits() <= 0) {
            return "";
        }
        long percent = Math.round((now.minorUnits() - before.minorUnits()) * 100.0 / before.minorUnits());
        String arrow = percent > 0 ? "↗ +" : percent < 0 ? "↘ " : "→ ";
        return " (" + arrow + percent + " %)";
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("portfolio.title");
    }
}
