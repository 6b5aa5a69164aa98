package coop.essaim.web.internal.activities;

import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.ledger.TreasuryForecast;
import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.web.EssaimWebApplication;
import coop.essaim.web.internal.CorePanel;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The activity's treasury over the next {@value #DAYS} days: today's cash, then what the installed modules expect
 * (unpaid invoices on their due date, purchases and expense notes to pay, planned salaries), as a chart and a
 * list. Overdue items count today and say so. A module whose forecast failed is named, so a reader knows the
 * forecast is incomplete. Hidden for a user who may read no ledger figure of this activity.
 */
public class TreasuryForecastPanel extends CorePanel {

    static final int DAYS = 90;
    private static final long serialVersionUID = 1L;

    private final IModel<Optional<TreasuryForecast.Forecast>> forecast;

    public TreasuryForecastPanel(String id, long activityId) {
        super(id);
        forecast = LoadableDetachableModel.of(() -> read(activityId));
        add(new Label("position", LoadableDetachableModel.of(() -> forecast.getObject()
                .map(f -> f.position().format(getLocale())).orElse(""))));
        add(new Label("end", LoadableDetachableModel.of(() -> forecast.getObject()
                .map(f -> last(f).format(getLocale())).orElse(""))));
        add(new Label("chart", LoadableDetachableModel.of(() -> forecast.getObject().map(this::chart).orElse("")))
                .setEscapeModelStrings(false));
        add(new Label("unavailable", LoadableDetachableModel.of(() -> getString("forecast.unavailable")
                + " " + forecast.getObject().map(f -> String.join(", ", f.unavailable())).orElse(""))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(forecast.getObject().map(f -> !f.unavailable().isEmpty()).orElse(false));
            }
        });
        IModel<List<TreasuryForecast.Expected>> expected = LoadableDetachableModel.of(() ->
                forecast.getObject().map(TreasuryForecast.Forecast::expected).orElse(List.of()));
        add(new ListView<>("expected", expected) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<TreasuryForecast.Expected> item) {
                TreasuryForecast.Expected x = item.getModelObject();
                item.add(new Label("date", corePage().date(x.cash().date())));
                item.add(new Label("overdue", getString("forecast.overdue")).setVisible(x.overdue()));
                item.add(new Label("label", x.cash().label()));
                item.add(new Label("reference", x.cash().reference() == null ? "" : x.cash().reference()));
                item.add(new Label("amount", x.cash().amount().format(getLocale())));
            }
        });
        add(new Label("nothing", new ResourceModel("forecast.nothing")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(expected.getObject().isEmpty());
            }
        });
    }

    private Optional<TreasuryForecast.Forecast> read(long activityId) {
        if (!user().can(LedgerPermissions.READ) && !user().can(LedgerPermissions.READ_OWN)) {
            return Optional.empty();
        }
        TreasuryForecast service = EssaimWebApplication.get().kernel().service(TreasuryForecast.class);
        try {
            // UTC, as the kernel dates everything it derives from its clock
            return Optional.of(service.forecast(user(), activityId, LocalDate.now(ZoneOffset.UTC).plusDays(DAYS)));
        } catch (AccessDeniedException | ValidationException e) {
            return Optional.empty();
        }
    }

    private static Money last(TreasuryForecast.Forecast f) {
        return f.points().get(f.points().size() - 1).position();
    }

    private String chart(TreasuryForecast.Forecast f) {
        String currency = f.position().currency().getCurrencyCode();
        return TreasuryChart.svg(f.points(), f.until(), getString("forecast.chart"),
                minor -> Money.of(minor, currency).format(getLocale()), d -> corePage().date(d));
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        setVisible(forecast.getObject().isPresent());
    }

    @Override
    protected void onDetach() {
        forecast.detach();
        super.onDetach();
    }
}
