package coop.essaim.governance.ui;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The share register's download is named in the user's language: French, Dutch, or English for the others. */
class RegisterFileNameTest {

    @Test
    void aDutchUserDownloadsTheAandelenregister() {
        assertEquals("aandelenregister.csv", RegisterPage.fileName(Locale.forLanguageTag("nl-BE")));
    }

    @Test
    void frenchAndEnglishAreUnchanged() {
        assertEquals("registre-parts.csv", RegisterPage.fileName(Locale.forLanguageTag("fr-BE")));
        assertEquals("share-register.csv", RegisterPage.fileName(Locale.ENGLISH));
        assertEquals("share-register.csv", RegisterPage.fileName(Locale.forLanguageTag("ar")));
    }
}
