package coop.essaim.web.internal;

import coop.essaim.api.module.ModuleDescriptor;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of a module (menu labels, widget titles) from its own bundle ({@code Essaim-Messages}), read through
 * the module's class loader. Never falls back to the JVM's default locale (an English user on a French
 * server must not get French labels); a missing bundle or key shows the key, which a translator can find.
 */
public final class ModuleMessages {

    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ModuleMessages() {
    }

    public static String text(ModuleDescriptor module, ClassLoader loader, String key, Locale locale) {
        String bundle = module.messagesBundle();
        if (bundle == null || bundle.isBlank() || loader == null) {
            return key;
        }
        try {
            return ResourceBundle.getBundle(bundle.trim(), locale, loader, NO_JVM_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Forgets the bundles read through a module's class loader (it is going away). */
    public static void forget(ClassLoader loader) {
        if (loader != null) {
            ResourceBundle.clearCache(loader);
        }
    }
}
