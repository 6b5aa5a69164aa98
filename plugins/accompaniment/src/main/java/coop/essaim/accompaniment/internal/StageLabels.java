package coop.essaim.accompaniment.internal;

import coop.essaim.api.module.ModuleCatalog;
import coop.essaim.api.module.ModuleStatus;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.People;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The label of a path status in the reader's language, as the core's pages show it: from the bundle of the module
 * whose path model is in force (read through the model's own class loader), else from the core's people bundle
 * (the neutral model's labels), else the code itself.
 */
public final class StageLabels {

    static final String CORE_PEOPLE_BUNDLE = "coop.essaim.kernel.people.messages";

    private final People people;
    private final ModuleCatalog catalog;

    public StageLabels(People people, ModuleCatalog catalog) {
        this.people = people;
        this.catalog = catalog;
    }

    /** {@code model} is the model in force in the reader's cooperative ({@code People.pathModel}). */
    public String label(PathModel model, String code, Locale locale) {
        if (code == null) {
            return null;
        }
        String key = model.status(code).map(s -> s.labelKey()).orElse(null);
        if (key == null) {
            return code;
        }
        ClassLoader loader = model.getClass().getClassLoader();
        for (ModuleStatus module : catalog.modules()) {
            String bundle = module.descriptor().messagesBundle();
            if (bundle != null && !bundle.isBlank()) {
                Optional<String> text = text(bundle, loader, key, locale);
                if (text.isPresent()) {
                    return text.get();
                }
            }
        }
        return text(CORE_PEOPLE_BUNDLE, people.getClass().getClassLoader(), key, locale).orElse(code);
    }

    private static Optional<String> text(String bundle, ClassLoader loader, String key, Locale locale) {
        try {
            ResourceBundle b = ResourceBundle.getBundle(bundle, locale, loader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return b.containsKey(key) ? Optional.of(b.getString(key)) : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
