package coop.essaim.web.internal.me;

import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.web.internal.CorePage;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.activities.PersonActivitiesPanel;
import coop.essaim.web.internal.people.PathPanel;
import coop.essaim.web.internal.people.PersonIdentityPanel;
import coop.essaim.web.internal.privacy.ExportLinksPanel;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.Optional;

/**
 * "My space": an entrepreneur's own file, path and activities with their accounts, and the export of her
 * data. The file is the one linked to their login; a login linked to no file gets a line saying so.
 */
public class MySpacePage extends CorePage {

    private static final long serialVersionUID = 1L;

    public MySpacePage(PageParameters parameters) {
        super(parameters);
        Optional<Person> own = ownFile();
        add(new Label("heading", getString("me.heading")));
        add(new WebMarkupContainer("noFile").setVisible(own.isEmpty()));
        if (own.isEmpty()) {
            add(new WebMarkupContainer("identity").setVisible(false));
            add(new WebMarkupContainer("path").setVisible(false));
            add(new WebMarkupContainer("activities").setVisible(false));
            add(new WebMarkupContainer("export").setVisible(false));
            return;
        }
        long id = own.get().id();
        IModel<Person> person = LoadableDetachableModel.of(() -> ownFile().orElseThrow(CorePage::notFound));
        IModel<PathModel> model = LoadableDetachableModel.of(() -> Services.people().pathModel(user()));
        add(new PersonIdentityPanel("identity", person, model));
        add(new PathPanel("path", id, model));
        add(new PersonActivitiesPanel("activities", id, true));
        add(new ExportLinksPanel("export", id));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("me.title");
    }

    /** The user's own file: the only one the kernel lists for a user confined to it, and linked to them. */
    private Optional<Person> ownFile() {
        return Services.people().list(user(), PersonQuery.all(0, 500)).items().stream()
                .filter(p -> p.details().userId() != null && p.details().userId() == user().userId()).findFirst();
    }
}
