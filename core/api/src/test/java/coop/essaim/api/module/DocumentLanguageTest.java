package coop.essaim.api.module;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentLanguageTest {

    @Test
    void latinScriptLanguagesAreKeptOthersAreDrawnInFrench() {
        assertEquals(Locale.FRENCH, DocumentLanguage.of(Locale.FRENCH));
        assertEquals(Locale.ENGLISH, DocumentLanguage.of(Locale.ENGLISH));
        assertEquals(Locale.forLanguageTag("nl"), DocumentLanguage.of(Locale.forLanguageTag("nl")));
        assertEquals(Locale.FRENCH, DocumentLanguage.of(Locale.forLanguageTag("ar-MA")));
        assertEquals(Locale.FRENCH, DocumentLanguage.of(Locale.forLanguageTag("ar")));
        assertEquals(Locale.FRENCH, DocumentLanguage.of(null));
    }
}
