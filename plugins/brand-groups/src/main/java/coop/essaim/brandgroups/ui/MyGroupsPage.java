package coop.essaim.brandgroups.ui;

import coop.essaim.brandgroups.api.BrandGroup;
import coop.essaim.brandgroups.api.BrandGroupPermissions;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** "Mes groupes de marque": the groups whose activity the member is or was a member of, each linked to its page. */
public class MyGroupsPage extends BrandGroupsPage {

    private static final long serialVersionUID = 1L;

    public MyGroupsPage(PageParameters parameters) {
        super(parameters);
        user().require(BrandGroupPermissions.READ_OWN);
        IModel<java.util.List<BrandGroup>> mine = LoadableDetachableModel.of(() -> services().groups().mine(user()));
        add(new ListView<>("groups", mine) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<BrandGroup> item) {
                BrandGroup g = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", GroupPage.class,
                        new PageParameters().set("id", g.id()));
                link.add(new Label("brand", g.brand()));
                item.add(link, new Label("activity", g.activityName()),
                        new Label("members", g.currentMemberIds().size()));
            }
        });
        add(new Label("none", getString("mine.none")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(mine.getObject().isEmpty());
            }
        });
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("mine.title");
    }
}
