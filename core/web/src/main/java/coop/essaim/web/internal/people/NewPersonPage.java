package coop.essaim.web.internal.people;

import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.user.UserAccount;
import coop.essaim.web.internal.CorePage;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.form.DateField;
import coop.essaim.web.internal.form.FieldFeedback;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EmailTextField;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.CompoundPropertyModel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A new person file. The kernel checks everything; each refusal is shown beside the field it names and
 * nothing is created until the whole form is accepted. A user manager may link the file to a login.
 */
public class NewPersonPage extends CorePage {

    private static final long serialVersionUID = 1L;

    private final FieldFeedback fields = new FieldFeedback("person.");

    public NewPersonPage(PageParameters parameters) {
        super(parameters);
        Form<PersonForm> form = new Form<>("form", new CompoundPropertyModel<>(new PersonForm())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                create(this, getModelObject());
            }
        };
        add(form);
        fields.add(form, new DropDownChoice<>("kind", Arrays.asList(PersonKind.values()),
                new ChoiceRenderer<PersonKind>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(PersonKind kind) {
                        return peopleText("people.kind." + kind.name());
                    }
                }).setRequired(true));
        fields.add(form, new TextField<String>("givenName"), "name");
        fields.add(form, new TextField<String>("familyName"));
        fields.add(form, new TextField<String>("organisation"));
        fields.add(form, new CheckBox("legalEntity"));
        fields.add(form, new EmailTextField("email"));
        fields.add(form, new TextField<String>("phone"));
        fields.add(form, new TextField<String>("street"), "address.street");
        fields.add(form, new TextField<String>("postalCode"), "address.postalCode");
        fields.add(form, new TextField<String>("city"), "address.city");
        fields.add(form, new TextField<String>("country"), "address.country");
        fields.add(form, new DateField("birthDate"));
        IModel<Map<Long, String>> sites = LoadableDetachableModel.of(() -> Services.people().establishments(user())
                .stream().collect(Collectors.toMap(Establishment::id, Establishment::name, (a, b) -> a,
                        LinkedHashMap::new)));
        fields.add(form, PeoplePage.choice("establishment", sites));
        fields.add(form, new TextField<String>("trades"));
        fields.add(form, PeoplePage.choice("user", LoadableDetachableModel.of(this::logins)), "userId")
                .setVisible(user().can(CorePermissions.USERS_MANAGE));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("person.new.title");
    }

    private Map<Long, String> logins() {
        Map<Long, String> logins = new LinkedHashMap<>();
        if (user().can(CorePermissions.USERS_MANAGE)) {
            for (UserAccount account : Services.users().users(user())) {
                logins.put(account.id(), account.displayName() + " (" + account.login() + ")");
            }
        }
        return logins;
    }

    private void create(Form<PersonForm> form, PersonForm input) {
        try {
            Person created = Services.people().create(user(), input.details());
            getSession().success(getString("person.created"));
            setResponsePage(PersonPage.class, new PageParameters().set("id", created.id()));
        } catch (ValidationException e) {
            fields.show(e, form);
        }
    }
}
