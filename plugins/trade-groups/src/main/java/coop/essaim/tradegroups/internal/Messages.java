package coop.essaim.tradegroups.internal;

import coop.essaim.api.module.ModuleMessages;

import java.util.Locale;

/** The module's translations, the bundle named by its Essaim-Messages header. */
public final class Messages extends ModuleMessages {

    static final String BUNDLE = "coop.essaim.tradegroups.messages";

    public Messages(Locale locale) {
        super(BUNDLE, Messages.class.getClassLoader(), locale);
    }

    public static String text(Locale locale, String key, Object... args) {
        return new Messages(locale).text(key, args);
    }
}
