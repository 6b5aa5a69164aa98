package coop.essaim.kernel.people;

import java.text.Normalizer;
import java.util.Locale;

/** How the people core stores typed text: stripped, blank as null; and the accent-free key it sorts and searches by. */
final class PeopleText {

    private PeopleText() {
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** "Élodie Lefèvre" and "elodie lefevre" share one key, so search and sort ignore case and accents. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
