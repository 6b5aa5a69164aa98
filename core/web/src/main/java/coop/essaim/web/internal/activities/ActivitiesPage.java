package coop.essaim.web.internal.activities;

import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityQuery;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.people.ResultPage;
import coop.essaim.web.internal.CorePage;
import coop.essaim.web.internal.Services;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The activities, by name, active ones first unless {@code ?status=CLOSED} or {@code ?status=ALL}, searched with
 * {@code ?q=} and {@value #PAGE_SIZE} a page ({@code ?page=}), filtered and counted in the database; an
 * entrepreneur sees those they are or were a member of, an adviser held to their portfolio its activities (the
 * kernel decides it).
 */
public class ActivitiesPage extends CorePage {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    public ActivitiesPage(PageParameters parameters) {
        super(parameters);
        String asked = parameters.get("status").toString("ACTIVE");
        ActivityStatus status = status(asked);
        String search = parameters.get("q").toString("").strip();
        int page = Math.max(0, parameters.get("page").toInt(1) - 1);
        IModel<ResultPage<Activity>> result = LoadableDetachableModel.of(() -> Services.activities().page(user(),
                new ActivityQuery(null, status, search.isEmpty() ? null : search, page * PAGE_SIZE, PAGE_SIZE)));
        IModel<List<Activity>> activities = result.map(ResultPage::items);
        add(new WebMarkupContainer("statusField").add(AttributeModifier.replace("value", asked)));
        add(new WebMarkupContainer("search").add(AttributeModifier.replace("value", search)));
        add(new Label("count", result.map(r -> getString("activities.count", Model.ofMap(Map.of("total", r.total()))))));
        add(pagerLink("previous", page - 1, asked, search, result));
        add(pagerLink("next", page + 1, asked, search, result));
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

    private static BookmarkablePageLink<Void> pagerLink(String id, int target, String status, String search,
                                                        IModel<ResultPage<Activity>> result) {
        PageParameters p = new PageParameters().set("status", status);
        if (!search.isEmpty()) {
            p.set("q", search);
        }
        if (target > 0) {
            p.set("page", target + 1);
        }
        BookmarkablePageLink<Void> link = new BookmarkablePageLink<>(id, ActivitiesPage.class, p) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(target >= 0 && (long) target * PAGE_SIZE < result.getObject().total());
            }
        };
        link.add(AttributeModifier.replace("rel", id.equals("next") ? "next" : "prev"));
        return link;
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
