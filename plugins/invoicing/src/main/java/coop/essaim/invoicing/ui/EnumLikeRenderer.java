package coop.essaim.invoicing.ui;

import org.apache.wicket.Component;
import org.apache.wicket.markup.html.form.ChoiceRenderer;

/** A code shown through its translation {@code prefix + code}, the code itself when none is written. */
final class EnumLikeRenderer extends ChoiceRenderer<String> {

    private static final long serialVersionUID = 1L;

    private final String prefix;
    private final Component owner;

    EnumLikeRenderer(String prefix, Component owner) {
        this.prefix = prefix;
        this.owner = owner;
    }

    @Override
    public Object getDisplayValue(String code) {
        return owner.getString(prefix + code, null, code);
    }

    @Override
    public String getIdValue(String code, int index) {
        return code;
    }
}
