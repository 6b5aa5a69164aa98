package coop.essaim.web.internal.privacy;

import coop.essaim.api.people.Person;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.web.internal.CorePage;
import coop.essaim.web.internal.CorePanel;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.form.FieldFeedback;
import coop.essaim.web.internal.people.PersonPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Anonymising a person who left (GDPR right to erasure, {@code docs/personal-data.md}): when the kernel allows
 * it, and a form that calls it only once the confirmation box is ticked, since it cannot be undone. Only built
 * for a user holding {@code core.people.anonymise}; the kernel's refusal (not left, retention running) shows
 * beside the box, and afterwards the page shows the anonymised file.
 */
public class AnonymisePanel extends CorePanel {

    private static final long serialVersionUID = 1L;

    public AnonymisePanel(String id, long personId, IModel<Person> person) {
        super(id);
        IModel<Optional<LocalDate>> from = LoadableDetachableModel.of(() ->
                Services.personalData().anonymisableFrom(user(), personId));
        IModel<Boolean> anonymised = person.map(AnonymisePanel::anonymised);
        add(new Label("from", LoadableDetachableModel.of(() -> anonymised.getObject()
                ? getString("anonymise.done") : when(from.getObject()))));
        FieldFeedback fields = new FieldFeedback("anonymise.");
        IModel<Boolean> confirmed = Model.of(Boolean.FALSE);
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                if (!Boolean.TRUE.equals(confirmed.getObject())) {
                    get("confirm").error(getString("anonymise.confirm.required"));
                    return;
                }
                try {
                    Services.personalData().anonymise(user(), personId);
                    getSession().success(getString("anonymise.success"));
                    setResponsePage(PersonPage.class, new PageParameters().set("id", personId));
                } catch (ValidationException e) {
                    fields.show(e, this);
                }
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!anonymised.getObject());
            }
        };
        fields.add(form, new CheckBox("confirm", confirmed), "person").setOutputMarkupId(true);
        add(form);
    }

    private String when(Optional<LocalDate> from) {
        if (from.isEmpty()) {
            return getString("anonymise.notLeft");
        }
        if (from.get().equals(LocalDate.MIN)) {
            return getString("anonymise.now");
        }
        String date = corePage().date(from.get());
        // UTC, as the kernel dates everything it derives from its clock
        boolean passed = !from.get().isAfter(LocalDate.now(ZoneOffset.UTC));
        return new StringResourceModel(passed ? "anonymise.since" : "anonymise.from", this).setParameters(date)
                .getString();
    }

    /** The kernel leaves an anonymised file named {@code #<id>} and nothing else ({@code docs/personal-data.md}). */
    static boolean anonymised(Person p) {
        return p.details().givenName() == null && ("#" + p.id()).equals(p.details().familyName())
                && p.details().email() == null;
    }
}
