package coop.essaim.api.module;

import coop.essaim.api.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Locale;
import java.util.MissingResourceException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ModuleMessagesTest {

    private static final String BUNDLE = "coop.essaim.api.module.testmessages";
    private static final Money PAID = Money.of(123456, Currency.getInstance("EUR"));

    private static ModuleMessages in(Locale locale) {
        return new ModuleMessages(BUNDLE, ModuleMessagesTest.class.getClassLoader(), locale);
    }

    @Test
    void monthsDaysAndAmountsAreWrittenInTheReadersLanguage() {
        assertEquals("C'est mai 2025, payé 1\u202f234,56\u00a0€ le 1 mai 2025.",
                in(Locale.FRENCH).text("greeting", YearMonth.of(2025, 5), PAID, LocalDate.of(2025, 5, 1)));
    }

    @Test
    void aLanguageWithoutItsFileReadsTheEnglishWordsNeverTheServersDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            // the words of the English file, the dates and amounts as a German reader writes them
            assertEquals("It's Mai 2025, paid 1.234,56 € on 1. Mai 2025.",
                    in(Locale.GERMAN).text("greeting", YearMonth.of(2025, 5), PAID, LocalDate.of(2025, 5, 1))
                            .replace("\u00a0", " "));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anUnknownKeyIsAProgrammingError() {
        assertThrows(MissingResourceException.class, () -> in(Locale.ENGLISH).text("nope"));
    }
}
