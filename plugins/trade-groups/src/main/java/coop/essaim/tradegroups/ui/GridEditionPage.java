package coop.essaim.tradegroups.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.tradegroups.api.GridDraft;
import coop.essaim.tradegroups.api.GridEdition;
import coop.essaim.tradegroups.api.GridLine;
import coop.essaim.tradegroups.api.RateUnit;
import coop.essaim.tradegroups.api.TradeGroup;
import coop.essaim.tradegroups.internal.group.Groups;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.PropertyModel;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A new edition of a group's rate grid, for its coordinator and the managers: the unit, the day it applies from,
 * up to {@link #LINES} lines (blank lines are left out), and the group's earlier editions below. Published, it
 * replaces the group's grid for that unit from its day. Anyone else: 404 when they do not read the group, 403 when
 * they read it but do not coordinate it.
 */
public class GridEditionPage extends TradeGroupsPage {

    private static final long serialVersionUID = 1L;
    static final int LINES = 8;

    /** One line of the form. */
    static final class LineInput implements Serializable {
        private static final long serialVersionUID = 1L;
        String label = "";
        String minimum = "";
    }

    private final long groupId;
    private final IModel<RateUnit> unit = Model.of(RateUnit.DAY);
    private final IModel<String> validFrom = Model.of("");
    private final ArrayList<LineInput> inputs = new ArrayList<>();

    public GridEditionPage(PageParameters parameters) {
        super(parameters);
        this.groupId = parameters.get("group").toLong(0);
        TradeGroup g = services().groups().find(user(), groupId)
                .orElseThrow(() -> new AbortWithHttpErrorCodeException(404));
        if (!services().groups().mayRecord(user(), g)) {
            throw new AbortWithHttpErrorCodeException(403);
        }
        validFrom.setObject(services().groups().today().toString());
        for (int i = 0; i < LINES; i++) {
            inputs.add(new LineInput());
        }
        BookmarkablePageLink<Void> back = new BookmarkablePageLink<>("back", GroupPage.class,
                new PageParameters().set("id", groupId));
        back.add(new Label("groupName", g.name()));
        add(back, new Label("groupTrade", g.trade()));
        Form<Void> form = new Form<>("gridForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                publish();
            }
        };
        form.add(new DropDownChoice<>("unit", unit, Arrays.asList(RateUnit.values()), new EnumChoiceRenderer<>(this)),
                new TextField<>("validFrom", validFrom));
        form.add(new ListView<>("lines", inputs) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<LineInput> item) {
                item.add(new TextField<>("label", new PropertyModel<String>(item.getModelObject(), "label")),
                        new TextField<>("minimum", new PropertyModel<String>(item.getModelObject(), "minimum")));
            }
        }.setReuseItems(true));
        add(form);
        add(new ListView<>("history", LoadableDetachableModel.of(() -> services().grids().history(user(), groupId))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<GridEdition> item) {
                GridEdition e = item.getModelObject();
                item.add(new Label("unit", getString("RateUnit." + e.unit().name())),
                        new Label("validFrom", day(e.validFrom())), new Label("publishedOn", day(e.publishedOn())),
                        new Label("publishedBy", e.publishedBy()),
                        new Label("lines", e.lines().stream().map(l -> l.label() + " " + money(l.minimum()))
                                .collect(Collectors.joining(" · "))));
            }
        });
    }

    private void publish() {
        LocalDate from = parseDay(validFrom, "validFrom");
        List<GridLine> lines = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            LineInput in = inputs.get(i);
            String label = in.label == null ? "" : in.label.strip();
            String min = in.minimum == null ? "" : in.minimum.strip();
            if (label.isEmpty() && min.isEmpty()) {
                continue;
            }
            Money m = parseMoney(Model.of(min), "minimum");
            lines.add(new GridLine(label, m));
        }
        if (hasErrorMessage()) {
            return;
        }
        try {
            services().grids().publish(user(), groupId, new GridDraft(unit.getObject(), from, lines));
            getSession().info(getString("grid.saved"));
            setResponsePage(GridsPage.class);
        } catch (ValidationException e) {
            refused(e);
        }
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("grid.title");
    }
}
