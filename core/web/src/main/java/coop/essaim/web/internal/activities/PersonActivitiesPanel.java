package coop.essaim.web.internal.activities;

import coop.essaim.api.people.Activity;
import coop.essaim.web.internal.CorePanel;
import coop.essaim.web.internal.Services;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;

import java.util.List;

/** The activities a person is or was a member of, each with its account when {@code withAccounts}. */
public class PersonActivitiesPanel extends CorePanel {

    private static final long serialVersionUID = 1L;

    public PersonActivitiesPanel(String id, long personId, boolean withAccounts) {
        super(id);
        IModel<List<Activity>> activities = LoadableDetachableModel.of(() ->
                Services.activities().list(user(), personId, null));
        add(new ListView<>("activities", activities) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Activity> item) {
                Activity a = item.getModelObject();
                item.add(ActivitiesPage.link("link", a));
                item.add(new Label("brand", a.brand() == null ? "" : a.brand()).setVisible(a.brand() != null));
                item.add(new Label("trade", a.trade()));
                item.add(new Label("status", getString("core.activity." + a.status().name())));
                item.add(withAccounts ? new ActivityAccountPanel("account", a.id())
                        : new WebMarkupContainer("account").setVisible(false));
            }
        });
        add(new Label("none", new ResourceModel("activities.none")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(activities.getObject().isEmpty());
            }
        });
    }
}
