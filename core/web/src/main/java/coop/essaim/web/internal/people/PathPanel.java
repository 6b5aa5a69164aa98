package coop.essaim.web.internal.people;

import coop.essaim.api.people.Contract;
import coop.essaim.api.people.PathEntry;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PersonPath;
import coop.essaim.web.internal.CorePage;
import coop.essaim.web.internal.CorePanel;
import coop.essaim.web.internal.Services;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;


/** The path as a dated timeline, oldest step first, and the contracts it opened. */
public class PathPanel extends CorePanel {

    private static final long serialVersionUID = 1L;

    public PathPanel(String id, long personId, IModel<PathModel> model) {
        super(id);
        IModel<PersonPath> path = LoadableDetachableModel.of(() ->
                Services.people().path(user(), personId).orElseThrow(CorePage::notFound));
        add(new ListView<>("steps", path.map(PersonPath::entries)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<PathEntry> item) {
                PathEntry e = item.getModelObject();
                CorePage page = corePage();
                item.add(new Label("date", page.date(e.date())));
                String what = e.renewal()
                        ? getString("path.renewal") + " — " + contract(model.getObject(), e.contractKind())
                        : page.statusLabel(model.getObject(), e.statusCode());
                item.add(new Label("status", what));
                item.add(new Label("plannedEnd", getString("path.plannedEnd") + " " + page.date(e.plannedEnd()))
                        .setVisible(e.plannedEnd() != null));
                item.add(new Label("exitReason", e.exitReason() == null ? "" : model.getObject()
                        .exitReason(e.exitReason()).map(r -> page.peopleText(r.labelKey())).orElse(e.exitReason()))
                        .setVisible(e.exitReason() != null));
                item.add(new Label("details", e.details()).setVisible(e.details() != null && !e.details().isBlank()));
                item.add(new Label("recordedBy", e.recordedBy()));
            }
        });
        add(new Label("noStep", new ResourceModel("path.none")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(path.getObject().entries().isEmpty());
            }
        });
        add(new ListView<>("contracts", path.map(PersonPath::contracts)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Contract> item) {
                Contract c = item.getModelObject();
                CorePage page = corePage();
                item.add(new Label("kind", contract(model.getObject(), c.kind())));
                item.add(new Label("start", page.date(c.start())));
                item.add(new Label("plannedEnd", page.date(c.plannedEnd())));
                item.add(new Label("end", c.open() ? getString("path.open") : page.date(c.end())));
                item.add(new Label("renewals", String.valueOf(c.renewals())));
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!getModelObject().isEmpty());
            }
        });
    }

    private String contract(PathModel model, String kind) {
        return model.contractKind(kind).map(k -> corePage().peopleText(k.labelKey())).orElse(kind);
    }

}
