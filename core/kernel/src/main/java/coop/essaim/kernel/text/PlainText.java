package coop.essaim.kernel.text;

/**
 * What a stored text may hold: anything a person types, including tabs and line breaks, but no other control
 * character. PostgreSQL refuses U+0000 in any text column, and the others (escape, bell, backspace...) are
 * never meant: they come from a damaged file or a hostile client, and would break exports and documents.
 */
public final class PlainText {

    private PlainText() {
    }

    /** The first control character of {@code text} other than tab, line feed and carriage return, or -1. */
    public static int firstControl(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return i;
            }
        }
        return -1;
    }

    public static boolean acceptable(String text) {
        return firstControl(text) < 0;
    }

    /** "U+0000", how a message names the character found. */
    public static String codeOf(String text) {
        int at = firstControl(text);
        return at < 0 ? "" : String.format("U+%04X", (int) text.charAt(at));
    }
}
