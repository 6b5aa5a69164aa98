package coop.essaim.tradegroups.ui;

import coop.essaim.tradegroups.api.GridEdition;
import coop.essaim.tradegroups.api.GridLine;
import coop.essaim.tradegroups.api.TradeGroupPermissions;
import coop.essaim.tradegroups.internal.group.Groups;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.LocalDate;
import java.util.List;

/**
 * "Grilles tarifaires de référence", for every member of the cooperative: the editions in force on a day (today
 * unless another is given), for one trade or all, each with its lines' minimum prices excl. VAT, who published it
 * and when.
 */
public class GridsPage extends TradeGroupsPage {

    private static final long serialVersionUID = 1L;

    private final IModel<String> trade = Model.of("");
    private final IModel<String> on = Model.of("");

    public GridsPage(PageParameters parameters) {
        super(parameters);
        if (!Groups.manages(user())) {
            user().require(TradeGroupPermissions.READ);
        }
        trade.setObject(parameters.get("trade").toString(""));
        on.setObject(parameters.get("on").toString(services().groups().today().toString()));
        Form<Void> filter = new Form<>("filter");
        filter.add(new TextField<>("trade", trade), new TextField<>("on", on));
        add(filter);
        IModel<List<GridEdition>> grids = LoadableDetachableModel.of(this::load);
        add(new Label("none", () -> getString("grids.none")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(grids.getObject().isEmpty());
            }
        });
        add(new ListView<>("grids", grids) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<GridEdition> item) {
                GridEdition e = item.getModelObject();
                item.add(new Label("trade", e.trade()), new Label("group", e.groupName()),
                        new Label("unit", getString("RateUnit." + e.unit().name())),
                        new Label("validFrom", day(e.validFrom())),
                        new Label("published", java.text.MessageFormat.format(getString("grids.published"),
                                day(e.publishedOn()), e.publishedBy())));
                item.add(new ListView<>("lines", item.getModel().map(GridEdition::lines)) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<GridLine> line) {
                        line.add(new Label("label", line.getModelObject().label()),
                                new Label("minimum", money(line.getModelObject().minimum())));
                    }
                });
            }
        });
    }

    private List<GridEdition> load() {
        LocalDate day = parseDay(on, "on");
        return services().grids().current(user(), text(trade), day == null ? services().groups().today() : day);
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("grids.title");
    }
}
