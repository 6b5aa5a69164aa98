package coop.essaim.countrybe.api;

/**
 * The Belgian enterprise number (numéro d'entreprise, ondernemingsnummer) of the Banque-Carrefour des
 * Entreprises: ten digits, the first 0 or 1, the last two equal to 97 minus the first eight modulo 97 (arrêté
 * royal du 22 juin 2009 and the BCE's check). Also the core of a Belgian VAT number ({@code BE0xxxxxxxxx}).
 */
public final class EnterpriseNumber {

    private EnterpriseNumber() {
    }

    /** The ten digits of {@code text} written with or without dots, spaces or a {@code BE} prefix, or null. */
    public static String digits(String text) {
        if (text == null) {
            return null;
        }
        String d = text.strip().toUpperCase(java.util.Locale.ROOT).replaceFirst("^BE", "").replaceAll("[ .]", "");
        return d.matches("[01][0-9]{9}") ? d : null;
    }

    /** Whether {@code text} is a well-formed enterprise number whose check digits hold. */
    public static boolean isValid(String text) {
        String d = digits(text);
        if (d == null) {
            return false;
        }
        long base = Long.parseLong(d.substring(0, 8));
        int check = Integer.parseInt(d.substring(8));
        return 97 - (base % 97) == check;
    }

    /** {@code 0123.456.749}: how documents print it. */
    public static String formatted(String text) {
        String d = digits(text);
        if (d == null) {
            throw new IllegalArgumentException("'" + text + "' is not a Belgian enterprise number (ten digits)");
        }
        return d.substring(0, 4) + "." + d.substring(4, 7) + "." + d.substring(7);
    }
}
