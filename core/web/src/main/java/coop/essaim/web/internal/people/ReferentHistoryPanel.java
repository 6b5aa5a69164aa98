package coop.essaim.web.internal.people;

import coop.essaim.api.people.ReferentAssignment;
import coop.essaim.web.internal.CorePanel;
import coop.essaim.web.internal.Services;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;

import java.util.List;
import java.util.Map;

/** Every referent adviser the person had, oldest first, with the date and the reason of each change. */
public class ReferentHistoryPanel extends CorePanel {

    private static final long serialVersionUID = 1L;

    public ReferentHistoryPanel(String id, long personId) {
        super(id);
        IModel<List<ReferentAssignment>> history = LoadableDetachableModel.of(() ->
                Services.people().referents(user(), personId));
        IModel<Map<Long, String>> names = LoadableDetachableModel.of(() -> Referents.candidates(user()));
        add(new ListView<>("history", history) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ReferentAssignment> item) {
                ReferentAssignment r = item.getModelObject();
                item.add(new Label("from", corePage().date(r.from())));
                item.add(new Label("adviser", r.adviserUserId() == null ? getString("referents.nobody")
                        : Referents.name(names.getObject(), r.adviserUserId())));
                item.add(new Label("reason", r.reason()));
            }
        });
    }
}
