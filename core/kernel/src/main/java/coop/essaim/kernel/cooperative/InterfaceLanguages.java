package coop.essaim.kernel.cooperative;

import coop.essaim.api.web.InterfaceLanguage;
import coop.essaim.kernel.module.ModuleRegistry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The languages the interface is offered in: French and English always, then those the started modules
 * contribute ({@link InterfaceLanguage}), each once, a contribution whose tag is no ISO 639 code left out. Read
 * from the registry at each call, so a language comes and goes with its plugin.
 */
public final class InterfaceLanguages {

    public static final List<String> BUILT_IN = List.of("fr", "en");

    private InterfaceLanguages() {
    }

    /** The contributions of the started modules whose language is not built in, in the modules' order. */
    public static List<InterfaceLanguage> contributed(ModuleRegistry modules) {
        Set<String> seen = new LinkedHashSet<>(BUILT_IN);
        List<InterfaceLanguage> out = new ArrayList<>();
        for (InterfaceLanguage l : modules.implementations(InterfaceLanguage.class)) {
            String tag = tagOf(l);
            if (tag.matches("[a-z]{2,3}") && seen.add(tag)) {
                out.add(l);
            }
        }
        return List.copyOf(out);
    }

    /** Every tag offered: {@code fr}, {@code en}, then the contributed ones. */
    public static List<String> tags(ModuleRegistry modules) {
        List<String> tags = new ArrayList<>(BUILT_IN);
        contributed(modules).forEach(l -> tags.add(tagOf(l)));
        return List.copyOf(tags);
    }

    /** The contribution's tag as the core stores it: trimmed, lower case. */
    public static String tagOf(InterfaceLanguage language) {
        return language.tag() == null ? "" : language.tag().strip().toLowerCase(Locale.ROOT);
    }
}
