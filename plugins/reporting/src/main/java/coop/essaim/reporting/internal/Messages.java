package coop.essaim.reporting.internal;

import coop.essaim.api.module.ModuleMessages;

import java.util.Locale;

/** The module's translations, the bundle named by its Essaim-Messages header. */
public final class Messages extends ModuleMessages {

    static final String BUNDLE = "coop.essaim.reporting.messages";

    public Messages(Locale locale) {
        super(BUNDLE, Messages.class.getClassLoader(), locale);
    }
}
