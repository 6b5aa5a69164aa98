package coop.essaim.kernel.cli;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The command line speaks the system's language when it has its texts, English otherwise. */
class CliMessagesTest {

    private static String unknown(Locale system) {
        return new CliMessages(system).text("cli.command.unknown", "show");
    }

    @Test
    void aDutchOrBelgianDutchSystemGetsDutch() {
        assertEquals("onbekende opdracht ‘show’: verwacht import, balance, export of verify",
                unknown(Locale.forLanguageTag("nl")));
        assertEquals(unknown(Locale.forLanguageTag("nl")), unknown(Locale.forLanguageTag("nl-BE")));
        assertEquals(Locale.forLanguageTag("nl"), new CliMessages(Locale.forLanguageTag("nl-BE")).locale());
    }

    @Test
    void frenchAndEnglishAreUnchanged() {
        assertEquals("commande « show » inconnue : attendu import, balance, export ou verify",
                unknown(Locale.forLanguageTag("fr-BE")));
        assertEquals("unknown command 'show': expected import, balance, export or verify", unknown(Locale.ENGLISH));
        assertEquals(unknown(Locale.ENGLISH), unknown(Locale.GERMAN));
    }
}
