package coop.essaim.web.internal.settings;

import coop.essaim.api.settings.SettingDefinition;
import coop.essaim.api.settings.SettingType;
import coop.essaim.api.settings.SettingsContribution;
import coop.essaim.kernel.Kernel;
import coop.essaim.kernel.cooperative.KernelMessages;
import coop.essaim.kernel.module.Extension;
import coop.essaim.kernel.settings.CoreSettingDefinitions;
import coop.essaim.web.internal.ModuleMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every setting a cooperative may choose, the core's first and then each started module's, with its label and
 * the labels of its choices in the reader's language, from the bundle of whoever defined it. A choice's label
 * is the key {@code <labelKey>.<choice>}; a bundle without it shows the choice's code.
 */
public final class SettingCatalogue {

    public static final String CORE = "core";

    /** One setting as the page and the API show it; serializable, so a page may keep it. */
    public record Setting(String module, String key, SettingType type, String defaultValue, String label,
                          List<String> choices, Map<String, String> choiceLabels) implements Serializable {
    }

    private SettingCatalogue() {
    }

    public static List<Setting> all(Kernel kernel, Locale locale) {
        Set<String> seen = new LinkedHashSet<>();
        List<Setting> out = new ArrayList<>();
        for (SettingDefinition d : CoreSettingDefinitions.DEFINITIONS) {
            if (seen.add(d.key())) {
                out.add(setting(CORE, d, key -> KernelMessages.text(locale, key)));
            }
        }
        for (Extension<SettingsContribution> ext : kernel.modules().extensions(SettingsContribution.class)) {
            List<SettingDefinition> defs;
            try {
                defs = ext.instance().settings();
            } catch (RuntimeException e) {
                // the kernel logs the failing contribution; its settings are unavailable there too
                continue;
            }
            for (SettingDefinition d : defs) {
                if (seen.add(d.key())) {
                    out.add(setting(ext.module().id(), d,
                            key -> ModuleMessages.text(ext.module(), ext.classLoader(), key, locale)));
                }
            }
        }
        return List.copyOf(out);
    }

    private static Setting setting(String module, SettingDefinition d, java.util.function.UnaryOperator<String> text) {
        Map<String, String> choiceLabels = new LinkedHashMap<>();
        for (String choice : d.choices()) {
            String key = d.labelKey() + "." + choice;
            String label = text.apply(key);
            choiceLabels.put(choice, label.equals(key) ? choice : label);
        }
        return new Setting(module, d.key(), d.type(), d.defaultValue(), text.apply(d.labelKey()), d.choices(),
                Map.copyOf(choiceLabels));
    }
}
