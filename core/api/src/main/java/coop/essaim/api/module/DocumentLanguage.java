package coop.essaim.api.module;

import java.util.Locale;

/**
 * The language a PDF document is drawn in. The suite's PDF fonts hold the Latin scripts, and PDFBox neither joins
 * Arabic letters nor orders right-to-left text, so a document asked for in a language written in another script
 * (Arabic with the Moroccan plugin) is drawn in French, the language the cooperatives' administrations and
 * partners read there; a Latin-script language (French, English, Dutch) is kept. Pages and mails keep the
 * reader's language: only drawn documents need this.
 */
public final class DocumentLanguage {

    private DocumentLanguage() {
    }

    /** {@code asked} when its script is Latin, else French; French for {@code null}. */
    public static Locale of(Locale asked) {
        if (asked == null) {
            return Locale.FRENCH;
        }
        String ownName = asked.getDisplayLanguage(asked);
        boolean latin = !ownName.isEmpty() && ownName.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
        return latin ? asked : Locale.FRENCH;
    }
}
