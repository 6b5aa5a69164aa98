package coop.essaim.web.internal.settings;

import coop.essaim.api.people.PersonalData;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.settings.SettingType;
import coop.essaim.kernel.mail.MailSettingDefinitions;
import coop.essaim.web.EssaimWebApplication;
import coop.essaim.web.internal.CorePanel;
import coop.essaim.web.internal.Services;
import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.feedback.ComponentFeedbackMessageFilter;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.Model;

import java.util.List;
import java.util.Set;

/**
 * The settings the cooperative may choose that no other panel of the page edits: the core's (how far advisers
 * reach...) and every started module's (the invoicing ceiling...), each in its own small form, so saving one
 * never half-saves another. The kernel checks each value against its definition and names the setting when it
 * refuses; "default" withdraws the cooperative's own value. Secrets never appear here.
 */
public class SettingsPanel extends CorePanel {

    private static final long serialVersionUID = 1L;
    /** Edited by their own panels of the cooperative page. */
    private static final Set<String> ELSEWHERE = Set.of(PersonalData.RETENTION_SETTING, MailSettingDefinitions.HOST,
            MailSettingDefinitions.PORT, MailSettingDefinitions.SECURITY, MailSettingDefinitions.USER,
            MailSettingDefinitions.PASSWORD, MailSettingDefinitions.FROM_ADDRESS, MailSettingDefinitions.FROM_NAME);

    public SettingsPanel(String id) {
        super(id);
        List<SettingCatalogue.Setting> shown = SettingCatalogue.all(EssaimWebApplication.get().kernel(),
                getLocale()).stream().filter(s -> !ELSEWHERE.contains(s.key()) && s.type() != SettingType.SECRET)
                .toList();
        // items kept across renders: a refused value and its message stay on the form the user typed in
        add(new ListView<>("settings", shown) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<SettingCatalogue.Setting> item) {
                item.add(row(item.getModelObject()));
            }
        }.setReuseItems(true));
    }

    private Form<Void> row(SettingCatalogue.Setting setting) {
        long coop = user().cooperativeId();
        Model<String> value = Model.of(Services.settings().value(coop, setting.key()).orElse(null));
        boolean choice = setting.type() == SettingType.CHOICE || setting.type() == SettingType.BOOLEAN;
        List<String> choices = setting.type() == SettingType.BOOLEAN ? List.of("true", "false") : setting.choices();
        DropDownChoice<String> select = new DropDownChoice<>("choice", value, choices, new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(String code) {
                return setting.type() == SettingType.BOOLEAN ? getString("settings." + code)
                        : setting.choiceLabels().getOrDefault(code, code);
            }
        });
        TextField<String> text = new TextField<>("text", value);
        FormComponent<String> field = choice ? select : text;
        select.setVisible(choice);
        text.setVisible(!choice);
        field.setLabel(Model.of(setting.label()));
        field.setMetaData(LayoutPage.OWN_FEEDBACK, Boolean.TRUE);
        Form<Void> form = new Form<>("form");
        field.setOutputMarkupId(true);
        form.add(new Label("label", setting.label()).add(AttributeModifier.replace("for", field.getMarkupId())));
        form.add(select, text);
        form.add(new FeedbackPanel("feedback", new ComponentFeedbackMessageFilter(field)));
        form.add(new Label("defaultValue", Model.of(shownDefault(setting))));
        form.add(new Label("own", getString("settings.own")).setVisible(Services.settings().isSet(coop, setting.key())));
        form.add(new Button("save") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                try {
                    Services.settings().change(user(), setting.key(), value.getObject());
                    getSession().success(getString("settings.saved", Model.ofMap(java.util.Map.of("label", setting.label()))));
                    setResponsePage(getPage().getPageClass(), getPage().getPageParameters());
                } catch (ValidationException e) {
                    e.errors().forEach(err -> field.error(err.message()));
                }
            }
        });
        form.add(new Button("reset") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                Services.settings().reset(user(), setting.key());
                getSession().success(getString("settings.resetDone", Model.ofMap(java.util.Map.of("label", setting.label()))));
                setResponsePage(getPage().getPageClass(), getPage().getPageParameters());
            }
        }.setDefaultFormProcessing(false).setVisible(Services.settings().isSet(coop, setting.key())));
        return form;
    }

    private String shownDefault(SettingCatalogue.Setting setting) {
        String d = setting.defaultValue();
        if (d == null) {
            return getString("settings.noDefault");
        }
        if (setting.type() == SettingType.BOOLEAN) {
            return getString("settings." + d);
        }
        return setting.choiceLabels().getOrDefault(d, d);
    }
}
