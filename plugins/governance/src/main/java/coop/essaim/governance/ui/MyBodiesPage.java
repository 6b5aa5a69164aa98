package coop.essaim.governance.ui;

import coop.essaim.governance.api.Body;
import coop.essaim.governance.api.Mandate;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The cooperative's bodies as an associate reads them ({@code governance.own}): each body and who sits in it today,
 * with their role. Read only; names show where the core lets the reader see the person file, numbers elsewhere.
 */
public class MyBodiesPage extends BodyPageBase {

    private static final long serialVersionUID = 1L;

    public MyBodiesPage(PageParameters parameters) {
        super(parameters);
        add(new Label("today", LoadableDetachableModel.of(() -> day(governance().bodies().today()))));
        add(new ListView<>("bodies", LoadableDetachableModel.of(() -> governance().bodies().all(user()))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Body> item) {
                long bodyId = item.getModelObject().id();
                item.add(new Label("name", item.getModelObject().name()),
                        new Label("kind", getString("BodyKind." + item.getModelObject().kind().name())));
                item.add(new ListView<>("members", LoadableDetachableModel.of(() -> governance().bodies()
                        .membersOn(user(), bodyId, governance().bodies().today()))) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<Mandate> row) {
                        Mandate x = row.getModelObject();
                        row.add(new Label("member", governance().bodies().name(user(), x.personId())),
                                new Label("role", x.role()), new Label("period", period(x)));
                    }
                });
            }
        });
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("myBodies.title");
    }
}
