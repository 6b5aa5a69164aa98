package coop.essaim.web.internal.security;

import coop.essaim.api.web.InterfaceLanguage;
import coop.essaim.kernel.cooperative.InterfaceLanguages;
import coop.essaim.kernel.module.ModuleRegistry;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The interface languages: French first, English always, and those the started modules contribute
 * ({@link InterfaceLanguage}: Dutch with the Belgian plugin, Arabic with the Moroccan one). Every other request
 * falls back to French. Read again on every request from the modules, so a language goes with its plugin.
 */
public final class SupportedLocales {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** A language the switch offers: its locale, its own name and its direction. */
    public record Language(Locale locale, String nativeName, boolean rightToLeft) implements Serializable {
    }

    private static final SupportedLocales FRENCH_AND_ENGLISH = new SupportedLocales(List.of());

    private final Map<String, Language> languages = new LinkedHashMap<>();

    /** {@code contributed}: valid tags, none built in, each once ({@code InterfaceLanguages.contributed}). */
    SupportedLocales(List<InterfaceLanguage> contributed) {
        languages.put("fr", new Language(FRENCH, "Français", false));
        languages.put("en", new Language(ENGLISH, "English", false));
        for (InterfaceLanguage l : contributed) {
            String tag = InterfaceLanguages.tagOf(l);
            Locale formats = l.localeTag() == null ? null : Locale.forLanguageTag(l.localeTag());
            Locale locale = formats != null && formats.getLanguage().equals(tag) ? formats : Locale.forLanguageTag(tag);
            languages.put(tag, new Language(locale, l.nativeName(), l.rightToLeft()));
        }
    }

    /** French and English only: where no module can contribute (the first-run set-up, tests of the core). */
    public static SupportedLocales frenchAndEnglish() {
        return FRENCH_AND_ENGLISH;
    }

    /** French, English and the languages of the modules started now. */
    public static SupportedLocales of(ModuleRegistry modules) {
        List<InterfaceLanguage> contributed = InterfaceLanguages.contributed(modules);
        return contributed.isEmpty() ? FRENCH_AND_ENGLISH : new SupportedLocales(contributed);
    }

    /** Every language offered, French and English first. */
    public List<Language> all() {
        return List.copyOf(languages.values());
    }

    /** The languages the modules contribute, in the order of the modules. */
    public List<Language> contributed() {
        return List.copyOf(new ArrayList<>(languages.values()).subList(2, languages.size()));
    }

    /** The offered language of {@code requested} ("fr-BE" counts as French), French when it is not offered. */
    public Locale choose(Locale requested) {
        Language l = requested == null ? null : languages.get(requested.getLanguage());
        return l == null ? FRENCH : l.locale();
    }

    public Locale choose(String tag) {
        return tag == null ? FRENCH : choose(Locale.forLanguageTag(tag.replace('_', '-')));
    }

    /** Whether pages in {@code locale} are laid out right to left. */
    public boolean rightToLeft(Locale locale) {
        Language l = locale == null ? null : languages.get(locale.getLanguage());
        return l != null && l.rightToLeft();
    }

    /**
     * From an {@code Accept-Language} header: the first language offered in the order the browser ranks them
     * ("*" means French), French when the header is absent or malformed (never the server's own default locale).
     */
    public Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return FRENCH;
        }
        try {
            // ranges come sorted by weight; "fr-BE" or "en-GB" count as their language
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-")[0];
                if (range.getWeight() > 0 && language.equals("*")) {
                    return FRENCH;
                }
                if (range.getWeight() > 0 && languages.containsKey(language)) {
                    return languages.get(language).locale();
                }
            }
            return FRENCH;
        } catch (IllegalArgumentException malformed) {
            return FRENCH;
        }
    }
}
