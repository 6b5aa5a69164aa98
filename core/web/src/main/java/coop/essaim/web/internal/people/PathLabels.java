package coop.essaim.web.internal.people;

import coop.essaim.api.people.PathModel;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.Kernel;
import coop.essaim.kernel.module.Extension;
import coop.essaim.kernel.people.PeopleMessages;
import coop.essaim.web.internal.ModuleMessages;
import coop.essaim.web.internal.Services;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The labels of the cooperative's path model (statuses, contract kinds, exit reasons): from the bundle of the
 * country plugin that contributes the model, chosen as the kernel chooses it (the first module by id whose model
 * applies to the cooperative's country), then from the people core's bundle, which holds the neutral model's
 * labels and those a plugin reuses. A key neither bundle has shows as itself.
 */
public final class PathLabels {

    private PathLabels() {
    }

    public static String text(Kernel kernel, UserContext user, String key, Locale locale) {
        return text(kernel.modules().extensions(PathModel.class), Services.cooperative(user).country(), key, locale);
    }

    static String text(List<Extension<PathModel>> models, String country, String key, Locale locale) {
        Optional<Extension<PathModel>> source = source(models, country);
        if (source.isPresent()) {
            Extension<PathModel> ext = source.get();
            String text = ModuleMessages.text(ext.module(), ext.classLoader(), key, locale);
            if (!text.equals(key)) {
                return text;
            }
        }
        return PeopleMessages.text(locale, key);
    }

    private static Optional<Extension<PathModel>> source(List<Extension<PathModel>> models, String country) {
        return models.stream()
                .sorted(Comparator.comparing(e -> e.module().id()))
                .filter(e -> {
                    try {
                        return e.instance().appliesTo(country);
                    } catch (RuntimeException ex) {
                        // the kernel logs it when it chooses the model
                        return false;
                    }
                }).findFirst();
    }
}
