package coop.essaim.web.internal.security;

import java.util.Locale;

/** The interface languages: French first, English always. Every other request falls back to French. */
public final class SupportedLocales {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private SupportedLocales() {
    }

    public static Locale choose(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? ENGLISH : FRENCH;
    }

    /**
     * From an {@code Accept-Language} header: English when the browser ranks English before French, French
     * otherwise, and French when the header is absent (never the server's own default locale).
     */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return FRENCH;
        }
        try {
            // ranges come sorted by weight; "fr-BE" or "en-GB" count as their language
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-")[0];
                if (range.getWeight() > 0 && (language.equals("fr") || language.equals("en") || language.equals("*"))) {
                    return language.equals("en") ? ENGLISH : FRENCH;
                }
            }
            return FRENCH;
        } catch (IllegalArgumentException malformed) {
            return FRENCH;
        }
    }

    public static Locale choose(String tag) {
        return tag == null ? FRENCH : choose(Locale.forLanguageTag(tag.replace('_', '-')));
    }
}
