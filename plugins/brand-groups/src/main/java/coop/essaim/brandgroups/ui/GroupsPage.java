package coop.essaim.brandgroups.ui;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.brandgroups.api.BrandGroup;
import coop.essaim.brandgroups.api.BrandGroupPermissions;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.io.Serializable;
import java.util.List;

/**
 * "Groupes de marque", the managers' page: every group of the cooperative with its members now, and a form to
 * make a group of an open activity with two members or more. The services refuse it without
 * {@link BrandGroupPermissions#MANAGE}.
 */
public class GroupsPage extends BrandGroupsPage {

    private static final long serialVersionUID = 1L;

    record Choice(long id, String name) implements Serializable {
    }

    private final IModel<Choice> activity = Model.of();
    private final IModel<String> brand = Model.of("");

    public GroupsPage(PageParameters parameters) {
        super(parameters);
        user().require(BrandGroupPermissions.MANAGE);
        add(new ListView<>("groups", LoadableDetachableModel.of(() -> services().groups().visible(user()))) {
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
        List<Choice> candidates = services().groups().candidates(user()).stream()
                .map(a -> new Choice(a.id(), a.name() + (a.brand() == null || a.brand().isBlank() ? ""
                        : " — " + a.brand()))).toList();
        Form<Void> form = new Form<>("createForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                create();
            }
        };
        form.add(new DropDownChoice<>("activity", activity, candidates, new ChoiceRenderer<>("name", "id")),
                new TextField<>("brand", brand));
        add(form);
    }

    private void create() {
        if (activity.getObject() == null) {
            error(getString("field.activityId") + " : " + getString("error.choose"));
            return;
        }
        try {
            BrandGroup g = services().groups().create(user(), activity.getObject().id(), text(brand));
            getSession().info(getString("groups.created"));
            setResponsePage(GroupPage.class, new PageParameters().set("id", g.id()));
        } catch (ValidationException e) {
            refused(e);
        }
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("groups.title");
    }
}
