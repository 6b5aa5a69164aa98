package coop.essaim.web.internal.cooperative;

import coop.essaim.api.mail.OutgoingMail;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.api.user.UserAccount;
import coop.essaim.kernel.mail.MailSettingDefinitions;
import coop.essaim.web.internal.CorePanel;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.form.FieldFeedback;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EmailTextField;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.PasswordTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.CompoundPropertyModel;
import org.apache.wicket.model.StringResourceModel;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cooperative's SMTP server (settings of {@link MailSettingDefinitions}) and a test mail to oneself. The
 * password field is write-only: it is never filled in, and left empty it keeps the stored password; without a
 * user name the stored password is withdrawn too. Only values that changed are written, so the settings'
 * history shows real changes.
 */
class MailPanel extends CorePanel {

    private static final long serialVersionUID = 1L;
    static final String TEST_REFERENCE = "core:mail:test";

    MailPanel(String id) {
        super(id);
        FieldFeedback fields = new FieldFeedback("mail.");
        MailFields values = MailFields.of(Services.settings(), user().cooperativeId());
        Form<MailFields> form = new Form<>("form", new CompoundPropertyModel<>(values)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    save(getModelObject());
                    getSession().success(getString("mail.saved"));
                } catch (ValidationException e) {
                    fields.show(e, this);
                }
                getModelObject().password = null;
            }
        };
        fields.add(form, new TextField<String>("host"), MailSettingDefinitions.HOST);
        fields.add(form, new NumberTextField<Integer>("port", Integer.class).setMinimum(1).setMaximum(65535),
                MailSettingDefinitions.PORT);
        fields.add(form, new DropDownChoice<>("security", List.of(MailSettingDefinitions.SECURITY_NONE,
                MailSettingDefinitions.SECURITY_STARTTLS, MailSettingDefinitions.SECURITY_SSL),
                new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String choice) {
                        return getString("mail.security." + choice);
                    }
                }), MailSettingDefinitions.SECURITY);
        fields.add(form, new TextField<String>("user"), MailSettingDefinitions.USER);
        fields.add(form, new PasswordTextField("password").setResetPassword(true).setRequired(false),
                MailSettingDefinitions.PASSWORD);
        form.add(new Label("passwordStored", new StringResourceModel("mail.password.stored", this))
                .setVisible(Services.settings().isSet(user().cooperativeId(), MailSettingDefinitions.PASSWORD)));
        fields.add(form, new EmailTextField("fromAddress"),
                MailSettingDefinitions.FROM_ADDRESS);
        fields.add(form, new TextField<String>("fromName"), MailSettingDefinitions.FROM_NAME);
        add(form);
        add(new Form<Void>("test") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                sendTest(this);
            }
        });
    }

    private void save(MailFields f) {
        CooperativeSettings settings = Services.settings();
        long coop = user().cooperativeId();
        for (Map.Entry<String, String> e : f.byKey().entrySet()) {
            String value = e.getValue() == null || e.getValue().isBlank() ? null : e.getValue().strip();
            if (value == null) {
                if (settings.isSet(coop, e.getKey())) {
                    settings.reset(user(), e.getKey());
                }
            } else if (!settings.value(coop, e.getKey()).equals(Optional.of(value))) {
                settings.change(user(), e.getKey(), value);
            }
        }
        boolean login = f.user != null && !f.user.isBlank();
        if (!login && settings.isSet(coop, MailSettingDefinitions.PASSWORD)) {
            settings.reset(user(), MailSettingDefinitions.PASSWORD);
        } else if (login && f.password != null && !f.password.isEmpty()) {
            settings.change(user(), MailSettingDefinitions.PASSWORD, f.password);
        }
    }

    /** A short mail to the administrator's own address, so they see the settings work end to end. */
    private void sendTest(Form<?> form) {
        Optional<String> to = Services.users().find(user(), user().userId()).map(UserAccount::email)
                .filter(a -> a != null && !a.isBlank());
        if (to.isEmpty()) {
            form.error(getString("mail.test.noAddress"));
            return;
        }
        try {
            Services.mailer().send(user(), OutgoingMail.of(to.get(), getString("mail.test.subject"),
                    new StringResourceModel("mail.test.text", this).setParameters(user().displayName()).getString())
                    .withReference(TEST_REFERENCE));
            getSession().success(new StringResourceModel("mail.test.sent", this).setParameters(to.get()).getString());
        } catch (ValidationException e) {
            e.errors().forEach(err -> form.error(err.message()));
        }
    }
}
