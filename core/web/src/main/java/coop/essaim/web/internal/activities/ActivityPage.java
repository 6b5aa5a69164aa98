package coop.essaim.web.internal.activities;

import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityMember;
import coop.essaim.web.internal.CorePage;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.people.PersonPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.Optional;

/**
 * An activity: name, brand, trade, dates, status, analytic code, the whole membership history, its logo and
 * mail sender and, for a user who may read the ledger, its account. An activity the user may not see answers "not found".
 */
public class ActivityPage extends CorePage {

    private static final long serialVersionUID = 1L;

    public ActivityPage(PageParameters parameters) {
        super(parameters);
        long id = idParameter(parameters);
        Activity activity = Services.activities().find(user(), id).orElseThrow(CorePage::notFound);
        IModel<Activity> model = LoadableDetachableModel.of(() ->
                Services.activities().find(user(), id).orElseThrow(CorePage::notFound));
        add(new Label("name", model.map(Activity::name)));
        add(new Label("activityBrand", model.map(a -> a.brand() == null ? "—" : a.brand())));
        add(new Label("trade", model.map(Activity::trade)));
        add(new Label("start", model.map(a -> date(a.start()))));
        add(new Label("end", model.map(a -> date(a.end()))).setVisible(activity.end() != null));
        add(new Label("status", model.map(a -> getString("core.activity." + a.status().name()))));
        add(new Label("code", model.map(Activity::analyticCode)));
        add(new ListView<>("members", model.map(Activity::members)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ActivityMember> item) {
                ActivityMember m = item.getModelObject();
                Optional<String> name = Services.people().find(user(), m.personId()).map(p -> p.displayName());
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", PersonPage.class,
                        new PageParameters().set("id", m.personId()));
                link.add(new Label("name", name.orElse("")));
                link.setVisible(name.isPresent());
                item.add(link);
                item.add(new Label("other", getString("core.otherMember")).setVisible(name.isEmpty()));
                item.add(new Label("from", date(m.from())));
                item.add(new Label("until", m.current() ? getString("activity.current") : date(m.until())));
            }
        });
        add(new ActivityBrandingPanel("branding", id));
        add(new ActivityAccountPanel("account", id));
        add(new TreasuryForecastPanel("forecast", id));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("activity.title");
    }
}
