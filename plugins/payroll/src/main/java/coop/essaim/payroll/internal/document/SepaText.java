package coop.essaim.payroll.internal.document;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The texts of a SEPA file in the character set every bank of the scheme accepts (EPC implementation guidelines:
 * a-z, A-Z, 0-9, space and {@code / - ? : ( ) . , ' +}). Names and remittance information are transliterated
 * ("Zoé Lefèvre" is sent as "Zoe Lefevre") and cut to their length; identifiers must already fit, since the
 * bank's reports quote them back and a changed identifier would no longer match the payroll run.
 */
final class SepaText {

    static final int NAME_LENGTH = 70;
    static final int REMITTANCE_LENGTH = 140;
    static final int ID_LENGTH = 35;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9/\\-?:().,'+]+");

    private SepaText() {
    }

    /** {@code text} transliterated to the SEPA set, spaces collapsed, cut to {@code length} characters. */
    static String clean(String text, int length) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> out.append(latin(cp)));
        String collapsed = out.toString().replaceAll("\\s+", " ").strip();
        return collapsed.length() <= length ? collapsed : collapsed.substring(0, length).strip();
    }

    private static String latin(int cp) {
        if (cp < 128 && (Character.isLetterOrDigit(cp) || "/-?:().,'+ ".indexOf(cp) >= 0)) {
            return String.valueOf((char) cp);
        }
        return switch (cp) {
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'Æ' -> "AE";
            case 'œ' -> "oe";
            case 'Œ' -> "OE";
            case 'ø' -> "o";
            case 'Ø' -> "O";
            case 'ł' -> "l";
            case 'Ł' -> "L";
            case 'đ' -> "d";
            case 'Đ' -> "D";
            case 'þ' -> "th";
            case 'Þ' -> "TH";
            case '&' -> "+";
            case '_', '–', '—' -> "-";
            case '’', '‘', '`', '´' -> "'";
            default -> " ";
        };
    }

    /** A required name or text: cleaned, and refused when nothing of it is left. */
    static String required(String text, int length, String field) {
        String clean = clean(text, length);
        if (clean.isEmpty()) {
            throw new SepaInputException(field, "required (letters or digits)");
        }
        return clean;
    }

    /**
     * An identifier as given, checked: 1 to 35 characters of the SEPA set without spaces, neither starting nor
     * ending with a slash nor holding two in a row (EPC rule for references).
     */
    static String id(String id, String field) {
        if (id == null || id.isBlank()) {
            throw new SepaInputException(field, "an identifier is required");
        }
        String value = id.strip();
        if (value.length() > ID_LENGTH) {
            throw new SepaInputException(field, "at most " + ID_LENGTH + " characters, not " + value.length());
        }
        if (!ID.matcher(value).matches()) {
            throw new SepaInputException(field, "'" + value + "' holds characters outside a-z, A-Z, 0-9 and"
                    + " / - ? : ( ) . , ' +");
        }
        if (value.startsWith("/") || value.endsWith("/") || value.contains("//")) {
            throw new SepaInputException(field, "'" + value + "' may not start or end with / nor contain //");
        }
        return value;
    }
}
