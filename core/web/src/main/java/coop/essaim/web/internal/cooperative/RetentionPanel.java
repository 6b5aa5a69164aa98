package coop.essaim.web.internal.cooperative;

import coop.essaim.api.people.PersonalData;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.web.internal.CorePanel;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.form.FieldFeedback;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.model.Model;

/**
 * How many months a member's file is kept after their exit before it may be anonymised (setting
 * {@value PersonalData#RETENTION_SETTING}); the kernel checks the value and names the setting when it refuses.
 */
class RetentionPanel extends CorePanel {

    private static final long serialVersionUID = 1L;

    RetentionPanel(String id) {
        super(id);
        FieldFeedback fields = new FieldFeedback("cooperative.");
        Model<Long> months = Model.of(Services.settings().value(user().cooperativeId(),
                PersonalData.RETENTION_SETTING).map(Long::valueOf).orElse(null));
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    Services.settings().change(user(), PersonalData.RETENTION_SETTING,
                            Long.toString(months.getObject()));
                    getSession().success(getString("cooperative.retention.saved"));
                } catch (ValidationException e) {
                    fields.show(e, this);
                }
            }
        };
        NumberTextField<Long> field = new NumberTextField<>("retention", months, Long.class);
        field.setMinimum(0L).setMaximum(1200L).setRequired(true);
        fields.add(form, field, PersonalData.RETENTION_SETTING);
        add(form);
    }
}
