package coop.essaim.web.internal.cooperative;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.web.internal.CorePanel;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.form.FieldFeedback;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.CompoundPropertyModel;

import java.util.List;

/**
 * The identity printed on the cooperative's documents ({@code CooperativeProfile.changeIdentity}); every
 * refusal of the kernel shows beside the field it names, and nothing changes.
 */
class IdentityPanel extends CorePanel {

    private static final long serialVersionUID = 1L;

    static final List<String> FIELDS = List.of("registrationNumber", "registrationOffice", "vatNumber", "street",
            "postalCode", "city", "country", "email", "phone", "website");

    IdentityPanel(String id) {
        super(id);
        FieldFeedback fields = new FieldFeedback("cooperative.");
        IdentityFields values = IdentityFields.of(Services.cooperativeProfile().identity(user()));
        Form<IdentityFields> form = new Form<>("form", new CompoundPropertyModel<>(values)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    IdentityFields saved = IdentityFields.of(Services.cooperativeProfile()
                            .changeIdentity(user(), getModelObject().identity()));
                    setModelObject(saved);
                    getSession().success(getString("cooperative.identity.saved"));
                } catch (ValidationException e) {
                    fields.show(e, this);
                }
            }
        };
        FIELDS.forEach(name -> fields.add(form, new TextField<String>(name)));
        add(form);
    }
}
