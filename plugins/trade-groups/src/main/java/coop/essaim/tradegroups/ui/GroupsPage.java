package coop.essaim.tradegroups.ui;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.tradegroups.api.GroupSummary;
import coop.essaim.tradegroups.api.TradeGroup;
import coop.essaim.tradegroups.api.TradeGroupPermissions;
import coop.essaim.tradegroups.internal.group.Groups;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.io.Serializable;
import java.util.List;

/**
 * "Collectifs de métiers": every group of the cooperative with its trade and size; a member opens their groups, the
 * others may join one. An adviser finds the groups matching a newcomer's trade. Managers create groups.
 */
public class GroupsPage extends TradeGroupsPage {

    private static final long serialVersionUID = 1L;

    record Choice(long id, String name) implements Serializable {
    }

    private final IModel<String> name = Model.of("");
    private final IModel<String> trade = Model.of("");
    private final IModel<Choice> coordinator = Model.of();
    private final IModel<String> searchTrade = Model.of("");

    public GroupsPage(PageParameters parameters) {
        super(parameters);
        if (!Groups.manages(user())) {
            user().require(TradeGroupPermissions.READ);
        }
        boolean manager = Groups.manages(user());
        add(groups("groups", LoadableDetachableModel.of(() -> services().groups().list(user())), manager));

        Form<Void> search = new Form<>("tradeForm");
        search.add(new TextField<>("trade", searchTrade));
        add(search);
        IModel<List<GroupSummary>> matching = LoadableDetachableModel.of(() -> text(searchTrade).isEmpty() ? List.of()
                : services().groups().groupsFor(user(), text(searchTrade)));
        WebMarkupContainer found = new WebMarkupContainer("found") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!text(searchTrade).isEmpty());
            }
        };
        found.add(new Label("none", () -> getString("groups.noMatch")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(matching.getObject().isEmpty());
            }
        });
        found.add(groups("matching", matching, manager));
        add(found);

        List<Choice> people = manager ? services().groups().candidates(user()).stream()
                .map(p -> new Choice(p.id(), p.displayName())).toList() : List.of();
        Form<Void> create = new Form<>("createForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                create();
            }
        };
        DropDownChoice<Choice> who = new DropDownChoice<>("coordinator", coordinator, people,
                new ChoiceRenderer<>("name", "id"));
        who.setNullValid(true);
        create.add(new TextField<>("name", name), new TextField<>("trade", trade), who);
        create.setVisible(manager);
        add(create);
    }

    private ListView<GroupSummary> groups(String id, IModel<List<GroupSummary>> model, boolean manager) {
        return new ListView<>(id, model) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<GroupSummary> item) {
                GroupSummary g = item.getModelObject();
                long groupId = g.id();
                BookmarkablePageLink<Void> open = new BookmarkablePageLink<>("link", GroupPage.class,
                        new PageParameters().set("id", groupId));
                open.add(new Label("name", g.name()));
                open.setVisible(g.readable());
                Label plain = new Label("plainName", g.name());
                plain.setVisible(!g.readable());
                Link<Void> join = new Link<>("join") {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void onClick() {
                        join(groupId);
                    }
                };
                join.setVisible(!g.member() && !manager);
                item.add(open, plain, new Label("trade", g.trade()), new Label("members", g.members()),
                        new Label("mine", getString(g.member() ? "groups.memberYes" : "groups.memberNo")), join);
            }
        };
    }

    private void join(long groupId) {
        try {
            services().groups().join(user(), groupId);
            getSession().info(getString("groups.joined"));
            setResponsePage(GroupPage.class, new PageParameters().set("id", groupId));
        } catch (ValidationException e) {
            refused(e);
        }
    }

    private void create() {
        try {
            Choice c = coordinator.getObject();
            TradeGroup g = services().groups().create(user(), text(name), text(trade), c == null ? null : c.id());
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
