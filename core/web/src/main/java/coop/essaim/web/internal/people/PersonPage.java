package coop.essaim.web.internal.people;

import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.web.internal.CorePage;
import coop.essaim.web.internal.CorePages;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.activities.PersonActivitiesPanel;
import coop.essaim.web.internal.privacy.AnonymisePanel;
import coop.essaim.web.internal.privacy.ExportLinksPanel;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A person's page: identity, contact and site, referent and its history, the path as a dated timeline with
 * the associate deadline, their activities, the modules' pages about them, the actions the current status allows, the advisers' notes, the
 * export of their data and, for those who may, their anonymisation.
 * A person the user may not see answers "not found", exactly as one that does not exist.
 */
public class PersonPage extends CorePage {

    private static final long serialVersionUID = 1L;

    public PersonPage(PageParameters parameters) {
        super(parameters);
        long id = idParameter(parameters);
        Services.people().find(user(), id).orElseThrow(CorePage::notFound);
        IModel<Person> person = LoadableDetachableModel.of(() ->
                Services.people().find(user(), id).orElseThrow(CorePage::notFound));
        IModel<PathModel> model = LoadableDetachableModel.of(() -> Services.people().pathModel(user()));
        add(new Label("name", person.map(Person::displayName)));
        add(new PersonIdentityPanel("identity", person, model));
        boolean member = person.getObject().details().kind() == PersonKind.MEMBER;
        add(new PathPanel("path", id, model).setVisible(member));
        boolean staff = !CorePages.staffLess(user());
        // an adviser held to their portfolio reads the others' files without their actions and notes
        boolean manages = staff && Services.people().mayManage(user(), id);
        add(new PathActionsPanel("actions", id, model).setVisible(member && manages));
        add(new EmploymentTermsPanel("terms", id, manages).setVisible(member));
        add(new ReferentHistoryPanel("referents", id));
        add(new PersonActivitiesPanel("activities", id, false));
        // the modules' pages about a person act on their file: not offered on a file the adviser only reads
        add(new ModuleLinksPanel("moduleLinks", id, member && (manages || !staff)));
        add(new NotesPanel("notes", id).setVisible(manages && user().can(CorePermissions.PEOPLE_NOTES)));
        // an entrepreneur only ever reaches this page for her own file, which she may export
        add(new ExportLinksPanel("export", id).setVisible(!staff || user().can(CorePermissions.PEOPLE_MANAGE)));
        add(new AnonymisePanel("anonymise", id, person)
                .setVisible(staff && user().can(CorePermissions.PEOPLE_ANONYMISE)));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("person.title");
    }
}
