package coop.essaim.web.internal.activities;

import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.web.internal.CorePage;
import coop.essaim.web.internal.Services;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The activities, by name, active ones first unless {@code ?status=CLOSED} or {@code ?status=ALL}; an
 * entrepreneur sees those they are or were a member of (the kernel decides it).
 */
public class ActivitiesPage extends CorePage {

    private static final long serialVersionUID = 1L;

    public ActivitiesPage(PageParameters parameters) {
        super(parameters);
        String asked = parameters.get("status").toString("ACTIVE");
        ActivityStatus status = status(asked);
        IModel<List<Activity>> activities = LoadableDetachableModel.of(() ->
                Services.activities().list(user(), null, status));
        add(new BookmarkablePageLink<Void>("active", ActivitiesPage.class));
        add(new BookmarkablePageLink<Void>("closed", ActivitiesPage.class, new PageParameters().set("status", "CLOSED")));
        add(new BookmarkablePageLink<Void>("all", ActivitiesPage.class, new PageParameters().set("status", "ALL")));
        add(new ResourceLink<Void>("csv", ActivitiesCsvResource.REFERENCE, new PageParameters().set("status", asked)));
        add(new ListView<>("activities", activities) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Activity> item) {
                Activity a = item.getModelObject();
                item.add(ActivitiesPage.link("link", a));
                item.add(new Label("brand", a.brand() == null ? "—" : a.brand()));
                item.add(new Label("trade", a.trade()));
                item.add(new Label("start", date(a.start())));
                item.add(new Label("status", getString("core.activity." + a.status().name())));
                item.add(new Label("code", a.analyticCode()));
                item.add(new Label("members", members(a)));
            }
        });
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("activities.title");
    }

    /** The status the list shows for {@code ?status=}: active by default, closed, or every one (null). */
    static ActivityStatus status(String asked) {
        return "ALL".equals(asked) ? null : "CLOSED".equals(asked) ? ActivityStatus.CLOSED : ActivityStatus.ACTIVE;
    }

    static BookmarkablePageLink<Void> link(String id, Activity a) {
        BookmarkablePageLink<Void> link = new BookmarkablePageLink<>(id, ActivityPage.class,
                new PageParameters().set("id", a.id()));
        link.add(new Label("name", a.name()));
        return link;
    }

    private String members(Activity a) {
        MemberNames names = new MemberNames(user());
        return a.memberIds().stream().map(names::of)
                .map((Optional<String> n) -> n.orElseGet(() -> getString("core.otherMember")))
                .collect(Collectors.joining(", "));
    }
}
