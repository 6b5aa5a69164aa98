package coop.essaim.kernel.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reading the values people type in spreadsheets: ISO dates or French and Belgian day/month/year dates, yes/no
 * in English, French or Dutch, and lists inside one cell separated by a vertical bar or by whichever of comma and
 * semicolon is not the file's delimiter (both, since a quoted cell may hold either).
 */
public final class CsvCells {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private CsvCells() {
    }

    /** Empty when the text is no date in either form (2026-02-30 is no date). */
    public static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter f : List.of(ISO, FRENCH)) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** Empty when the text is not one of yes/no, oui/non, ja/nee, true/false, vrai/faux, waar/onwaar, x, 1/0. */
    public static Optional<Boolean> yesNo(String text) {
        return switch (CsvTable.key(text)) {
            case "yes", "y", "oui", "o", "true", "vrai", "ja", "j", "waar", "x", "1" -> Optional.of(true);
            case "no", "n", "non", "false", "faux", "nee", "onwaar", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** The non-blank parts of a list cell, stripped. */
    public static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[|;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
