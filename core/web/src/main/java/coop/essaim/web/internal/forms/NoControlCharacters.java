package coop.essaim.web.internal.forms;

import coop.essaim.kernel.text.PlainText;
import org.apache.wicket.Component;
import org.apache.wicket.application.IComponentInstantiationListener;
import org.apache.wicket.markup.html.form.AbstractTextComponent;
import org.apache.wicket.validation.IValidatable;
import org.apache.wicket.validation.IValidator;
import org.apache.wicket.validation.ValidationError;

/**
 * Refuses a typed text holding a control character other than tab and line breaks ({@link PlainText}), on every
 * text field and text area of every page, the core's and the modules': the field is named in the error and the
 * form changes nothing. Without it such a character reached the services, where PostgreSQL refuses U+0000 with a
 * database error instead of a message.
 */
public final class NoControlCharacters implements IValidator<Object> {

    private static final long serialVersionUID = 1L;

    /** The message key, in the application's translations. */
    static final String KEY = "NoControlCharacters";

    /** Adds the check to each text component as it is created. */
    public static IComponentInstantiationListener onEveryTextField() {
        return NoControlCharacters::addTo;
    }

    @Override
    public void validate(IValidatable<Object> validatable) {
        if (validatable.getValue() instanceof String text && !PlainText.acceptable(text)) {
            validatable.error(new ValidationError(this).addKey(KEY).setVariable("character",
                    PlainText.codeOf(text)));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void addTo(Component component) {
        if (component instanceof AbstractTextComponent text) {
            text.add(new NoControlCharacters());
        }
    }
}
