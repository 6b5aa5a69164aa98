package coop.essaim.tradegroups.ui;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.tradegroups.api.Attendance;
import coop.essaim.tradegroups.api.GroupMember;
import coop.essaim.tradegroups.api.Meeting;
import coop.essaim.tradegroups.api.MeetingDraft;
import coop.essaim.tradegroups.api.Resource;
import coop.essaim.tradegroups.api.TradeGroup;
import coop.essaim.tradegroups.internal.group.Groups;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.basic.MultiLineLabel;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ExternalLink;
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
import java.util.List;
import java.util.stream.Collectors;

/**
 * One trade-practice group, for its current members and the managers: its members with their dates, the next and
 * past meetings with the presenter, the theme, attendance, notes and resources; for the coordinator and managers
 * the meeting form and the link to a new grid edition; for managers the forms to add a member and name the
 * coordinator. Anyone else gets 404, the same as for a group that does not exist.
 */
public class GroupPage extends TradeGroupsPage {

    private static final long serialVersionUID = 1L;

    record Choice(long id, String name) implements Serializable {
    }

    /** A current member's line of the attendance. */
    static final class Presence implements Serializable {
        private static final long serialVersionUID = 1L;
        final long personId;
        final String name;
        boolean present;

        Presence(long personId, String name) {
            this.personId = personId;
            this.name = name;
        }
    }

    private final long groupId;
    private final IModel<TradeGroup> group;
    private final IModel<String> date = Model.of("");
    private final IModel<String> theme = Model.of("");
    private final IModel<Choice> presenter = Model.of();
    private final IModel<String> notes = Model.of("");
    private final IModel<String> resourceTitle = Model.of("");
    private final IModel<String> resourceUrl = Model.of("");
    private final ArrayList<Presence> presences = new ArrayList<>();
    private final IModel<Choice> newMember = Model.of();
    private final IModel<String> memberFrom = Model.of("");
    private final IModel<Choice> newCoordinator = Model.of();

    public GroupPage(PageParameters parameters) {
        super(parameters);
        this.groupId = parameters.get("id").toLong(0);
        if (services().groups().find(user(), groupId).isEmpty()) {
            throw new AbortWithHttpErrorCodeException(404);
        }
        this.group = LoadableDetachableModel.of(() -> services().groups().find(user(), groupId).orElseThrow());
        TradeGroup g = group.getObject();
        boolean manager = Groups.manages(user());
        boolean records = services().groups().mayRecord(user(), g);
        LocalDate today = services().groups().today();
        date.setObject(today.toString());
        memberFrom.setObject(today.toString());
        List<Choice> current = g.members().stream().filter(m -> m.memberOn(today))
                .map(m -> new Choice(m.personId(), m.name())).distinct().toList();
        current.forEach(c -> presences.add(new Presence(c.id(), c.name())));

        add(new Label("groupName", g.name()), new Label("groupTrade", g.trade()),
                new Label("coordinator", g.coordinatorName() == null ? "—" : g.coordinatorName()));
        add(members());
        add(meetings("next", LoadableDetachableModel.of(() -> services().meetings().upcoming(user(), groupId))));
        add(meetings("past", LoadableDetachableModel.of(() -> services().meetings().past(user(), groupId))));
        add(new BookmarkablePageLink<Void>("gridEdition", GridEditionPage.class,
                new PageParameters().set("group", groupId)).setVisible(records));
        add(meetingForm(current).setVisible(records));
        add(memberForm(manager).setVisible(manager), coordinatorForm(current).setVisible(manager));
    }

    private ListView<GroupMember> members() {
        return new ListView<>("members", group.map(TradeGroup::members)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<GroupMember> item) {
                GroupMember m = item.getModelObject();
                item.add(new Label("name", m.name()), new Label("from", day(m.from())),
                        new Label("until", m.until() == null ? getString("member.current") : day(m.until())));
            }
        };
    }

    private ListView<Meeting> meetings(String id, IModel<List<Meeting>> model) {
        return new ListView<>(id, model) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Meeting> item) {
                Meeting m = item.getModelObject();
                String attendance = m.attendance().isEmpty() ? "—" : m.presentCount() + " / " + m.attendance().size()
                        + " : " + m.attendance().stream().filter(Attendance::present).map(Attendance::name)
                        .collect(Collectors.joining(", "));
                item.add(new Label("date", day(m.date())), new Label("theme", m.theme()),
                        new Label("presenter", m.presenterName() == null ? "—" : m.presenterName()),
                        new Label("attendance", attendance),
                        new MultiLineLabel("notes", m.notes() == null ? "" : m.notes()));
                item.add(new ListView<>("resources", item.getModel().map(Meeting::resources)) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<Resource> r) {
                        ExternalLink link = new ExternalLink("url", r.getModelObject().url());
                        link.add(new Label("title", r.getModelObject().title()));
                        r.add(link);
                    }
                });
            }
        };
    }

    private Form<Void> meetingForm(List<Choice> current) {
        Form<Void> form = new Form<>("meetingForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                recordMeeting();
            }
        };
        DropDownChoice<Choice> who = new DropDownChoice<>("presenter", presenter, current,
                new ChoiceRenderer<>("name", "id"));
        who.setNullValid(true);
        form.add(new TextField<>("date", date), new TextField<>("theme", theme), who, new TextArea<>("notes", notes),
                new TextField<>("resourceTitle", resourceTitle), new TextField<>("resourceUrl", resourceUrl));
        form.add(new ListView<>("presences", presences) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Presence> item) {
                item.add(new Label("name", item.getModelObject().name),
                        new CheckBox("present", new PropertyModel<>(item.getModelObject(), "present")));
            }
        }.setReuseItems(true));
        return form;
    }

    private void recordMeeting() {
        LocalDate day = parseDay(date, "date");
        if (hasErrorMessage()) {
            return;
        }
        List<Resource> resources = text(resourceTitle).isEmpty() && text(resourceUrl).isEmpty() ? List.of()
                : List.of(new Resource(text(resourceTitle), text(resourceUrl)));
        List<Long> present = presences.stream().filter(p -> p.present).map(p -> p.personId).toList();
        Choice p = presenter.getObject();
        try {
            services().meetings().record(user(), groupId, new MeetingDraft(day, text(theme), p == null ? null : p.id(),
                    text(notes), present, resources));
            getSession().info(getString("meeting.saved"));
            setResponsePage(GroupPage.class, new PageParameters().set("id", groupId));
        } catch (ValidationException e) {
            refused(e);
        }
    }

    private Form<Void> memberForm(boolean manager) {
        List<Choice> people = manager ? services().groups().candidates(user()).stream()
                .map(x -> new Choice(x.id(), x.displayName())).toList() : List.of();
        Form<Void> form = new Form<>("memberForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                addMember();
            }
        };
        form.add(new DropDownChoice<>("person", newMember, people, new ChoiceRenderer<>("name", "id")),
                new TextField<>("from", memberFrom));
        return form;
    }

    private void addMember() {
        if (newMember.getObject() == null) {
            error(getString("field.personId") + " : " + getString("error.choose"));
            return;
        }
        LocalDate from = parseDay(memberFrom, "from");
        if (hasErrorMessage()) {
            return;
        }
        try {
            services().groups().addMember(user(), groupId, newMember.getObject().id(), from);
            getSession().info(getString("member.added"));
            setResponsePage(GroupPage.class, new PageParameters().set("id", groupId));
        } catch (ValidationException e) {
            refused(e);
        }
    }

    private Form<Void> coordinatorForm(List<Choice> current) {
        Form<Void> form = new Form<>("coordinatorForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                if (newCoordinator.getObject() == null) {
                    error(getString("field.personId") + " : " + getString("error.choose"));
                    return;
                }
                try {
                    services().groups().setCoordinator(user(), groupId, newCoordinator.getObject().id());
                    getSession().info(getString("coordinator.saved"));
                    setResponsePage(GroupPage.class, new PageParameters().set("id", groupId));
                } catch (ValidationException e) {
                    refused(e);
                }
            }
        };
        form.add(new DropDownChoice<>("person", newCoordinator, current, new ChoiceRenderer<>("name", "id")));
        return form;
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> group.getObject().name();
    }
}
