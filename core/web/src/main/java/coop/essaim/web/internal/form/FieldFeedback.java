package coop.essaim.web.internal.form;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.Component;
import org.apache.wicket.feedback.ComponentFeedbackMessageFilter;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.ResourceModel;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The fields of one form, each with its own feedback line ({@code <id>Feedback} in the markup), and the
 * kernel's names for them, so that every error of a {@link ValidationException} is shown beside the field it
 * names. An error naming no field of the form goes to the page's feedback, with the field's name.
 */
public final class FieldFeedback implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, FormComponent<?>> byName = new HashMap<>();
    private final String labelPrefix;

    /** Labels are read from {@code <labelPrefix><component id>}. */
    public FieldFeedback(String labelPrefix) {
        this.labelPrefix = labelPrefix;
    }

    /** Adds {@code component} to {@code form}; {@code kernelNames}: other names the kernel gives the field. */
    public <T extends FormComponent<?>> T add(Form<?> form, T component, String... kernelNames) {
        component.setLabel(new ResourceModel(labelPrefix + component.getId()));
        component.setMetaData(LayoutPage.OWN_FEEDBACK, Boolean.TRUE);
        form.add(component);
        form.add(new FeedbackPanel(component.getId() + "Feedback", new ComponentFeedbackMessageFilter(component)));
        byName.put(component.getId(), component);
        for (String name : kernelNames) {
            byName.put(name, component);
        }
        return component;
    }

    public void show(ValidationException refusal, Component fallback) {
        for (ValidationException.FieldError error : refusal.errors()) {
            FormComponent<?> component = fieldFor(error.field());
            if (component != null) {
                component.error(error.message());
            } else {
                fallback.error(error.field() + " : " + error.message());
            }
        }
    }

    /** The kernel may name a field {@code date}, {@code details.date} or {@code lines[2].date}. */
    private FormComponent<?> fieldFor(String name) {
        FormComponent<?> component = byName.get(name);
        if (component == null && name.contains(".")) {
            component = byName.get(name.substring(name.lastIndexOf('.') + 1));
        }
        return component;
    }
}
