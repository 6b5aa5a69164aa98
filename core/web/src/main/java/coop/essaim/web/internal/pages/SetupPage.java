package coop.essaim.web.internal.pages;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.cooperative.CooperativeRules;
import coop.essaim.kernel.cooperative.InterfaceLanguages;
import coop.essaim.web.EssaimWebApplication;
import coop.essaim.web.internal.security.EssaimSession;
import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EmailTextField;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.PasswordTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.form.validation.EqualPasswordInputValidator;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.feedback.ComponentFeedbackMessageFilter;
import org.apache.wicket.model.CompoundPropertyModel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * First run of an empty installation: the cooperative and its first administrator, created together by
 * the kernel. Every error the kernel reports is shown beside its field; on success the administrator is
 * logged in and lands on the dashboard.
 */
public class SetupPage extends LayoutPage {

    private static final long serialVersionUID = 1L;

    private final Map<String, FormComponent<?>> fields = new LinkedHashMap<>();

    public SetupPage(PageParameters parameters) {
        super(parameters);
        if (!EssaimWebApplication.get().setupNeeded()) {
            throw new RestartResponseException(getApplication().getHomePage());
        }
        Form<SetupForm> form = new Form<>("form", new CompoundPropertyModel<>(new SetupForm())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                create(getModelObject());
            }
        };
        add(form);
        field(form, new TextField<String>("legalName").setRequired(true), "cooperative");
        field(form, new TextField<String>("shortName").setRequired(true), "cooperative");
        field(form, new DropDownChoice<>("legalForm", CooperativeRules.LEGAL_FORMS,
                new ChoiceRenderer<String>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String form) {
                        return getString("setup.legalForm." + form, null, form);
                    }
                }).setRequired(true), "cooperative");
        field(form, new DropDownChoice<>("country", List.of("FR", "BE", "MA"),
                new ChoiceRenderer<String>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String code) {
                        return new Locale("", code).getDisplayCountry(getLocale());
                    }
                }).setRequired(true), "cooperative");
        field(form, new DropDownChoice<>("currency", List.of("EUR", "MAD")).setRequired(true), "cooperative");
        field(form, new DropDownChoice<>("fiscalYearStartMonth", IntStream.rangeClosed(1, 12).boxed().toList(),
                new ChoiceRenderer<Integer>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(Integer month) {
                        return java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, getLocale());
                    }
                }).setRequired(true), "cooperative");
        field(form, new DropDownChoice<>("defaultLocale",
                InterfaceLanguages.tags(EssaimWebApplication.get().kernel().modules()),
                new ChoiceRenderer<String>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String tag) {
                        Locale l = Locale.forLanguageTag(tag);
                        return l.getDisplayLanguage(l);
                    }
                }).setRequired(true), "cooperative");
        field(form, new TextField<String>("login").setRequired(true), "administrator");
        field(form, new TextField<String>("displayName").setRequired(true), "administrator");
        field(form, new EmailTextField("email").setRequired(true), "administrator");
        PasswordTextField password = new PasswordTextField("password");
        PasswordTextField again = new PasswordTextField("passwordAgain");
        field(form, password, "administrator");
        field(form, again, "administrator");
        form.add(new EqualPasswordInputValidator(password, again));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("setup.title");
    }

    /** Adds a field with its label and its own feedback line ({@code <id>Feedback} in the markup). */
    private void field(Form<SetupForm> form, FormComponent<?> component, String group) {
        component.setLabel(new ResourceModel("setup." + component.getId()));
        component.setMetaData(LayoutPage.OWN_FEEDBACK, Boolean.TRUE);
        form.add(component);
        form.add(new FeedbackPanel(component.getId() + "Feedback", new ComponentFeedbackMessageFilter(component)));
        fields.put(component.getId(), component);
        fields.put(group + "." + component.getId(), component);
    }

    private void create(SetupForm input) {
        try {
            UserContext admin = EssaimWebApplication.get().kernel().setup()
                    .createFirstCooperative(input.cooperative(), input.administrator());
            EssaimSession.get().signIn(admin);
            getSession().success(getString("setup.done"));
            setResponsePage(getApplication().getHomePage());
        } catch (ValidationException e) {
            for (ValidationException.FieldError error : e.errors()) {
                FormComponent<?> component = fieldFor(error.field());
                if (component != null) {
                    component.error(error.message());
                } else {
                    error(error.field() + " : " + error.message());
                }
            }
        }
    }

    /** The kernel may name a field "legalName", "cooperative.legalName" or "administrator.login". */
    private FormComponent<?> fieldFor(String name) {
        FormComponent<?> component = fields.get(name);
        if (component == null && name.contains(".")) {
            component = fields.get(name.substring(name.lastIndexOf('.') + 1));
        }
        return component;
    }
}
