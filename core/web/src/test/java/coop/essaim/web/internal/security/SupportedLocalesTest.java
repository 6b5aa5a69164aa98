package coop.essaim.web.internal.security;

import coop.essaim.api.web.InterfaceLanguage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The languages offered when modules contribute Dutch and Arabic, as the Belgian and Moroccan plugins do. */
class SupportedLocalesTest {

    private static InterfaceLanguage language(String tag, String name, boolean rtl) {
        return new InterfaceLanguage() {
            @Override
            public String tag() {
                return tag;
            }

            @Override
            public String nativeName() {
                return name;
            }

            @Override
            public boolean rightToLeft() {
                return rtl;
            }
        };
    }

    private final SupportedLocales languages = new SupportedLocales(List.of(language("nl", "Nederlands", false),
            language("ar", "العربية", true)));

    @Test
    void contributedLanguagesComeAfterFrenchAndEnglish() {
        assertEquals(List.of("fr", "en", "nl", "ar"),
                languages.all().stream().map(l -> l.locale().getLanguage()).toList());
        assertEquals(List.of("Nederlands", "العربية"),
                languages.contributed().stream().map(SupportedLocales.Language::nativeName).toList());
    }

    @Test
    void aBrowserGetsTheFirstLanguageOfferedInItsOrder() {
        assertEquals(Locale.forLanguageTag("nl"), languages.fromAcceptLanguage("nl-BE,nl;q=0.9,fr;q=0.8"));
        assertEquals(Locale.FRENCH, languages.fromAcceptLanguage("fr-BE,nl;q=0.8"));
        assertEquals(Locale.forLanguageTag("ar"), languages.fromAcceptLanguage("ar-MA,fr;q=0.5"));
        assertEquals(Locale.FRENCH, languages.fromAcceptLanguage("de-DE,de;q=0.9"));
        assertEquals(Locale.ENGLISH, languages.fromAcceptLanguage("de,en;q=0.5,nl;q=0.4"));
        // without the contributions, Dutch falls back to French
        assertEquals(Locale.FRENCH, SupportedLocales.frenchAndEnglish().fromAcceptLanguage("nl-BE,nl;q=0.9"));
    }

    @Test
    void onlyArabicIsRightToLeftAndAnUnofferedLanguageIsFrench() {
        assertTrue(languages.rightToLeft(Locale.forLanguageTag("ar-MA")));
        assertFalse(languages.rightToLeft(Locale.forLanguageTag("nl")));
        assertFalse(languages.rightToLeft(Locale.FRENCH));
        assertEquals(Locale.forLanguageTag("nl"), languages.choose("nl_BE"));
        assertEquals(Locale.FRENCH, languages.choose("de"));
        assertEquals(Locale.FRENCH, SupportedLocales.frenchAndEnglish().choose("ar"));
    }
}
