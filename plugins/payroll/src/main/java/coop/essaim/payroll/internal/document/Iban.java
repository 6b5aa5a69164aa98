package coop.essaim.payroll.internal.document;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the account numbers of a SEPA transfer: an IBAN of a SEPA scheme country, of that country's length
 * (SWIFT's IBAN registry), with a valid ISO 7064 mod 97-10 check; a BIC of 8 or 11 characters (ISO 9362). A dozen
 * lines do the check, so no IBAN library is needed (none on the class paths of both hosts).
 */
public final class Iban {

    /** The IBAN length of each country of the SEPA schemes (EPC list, 2025). */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22),
            Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18),
            Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("GI", 23), Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22),
            Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
            Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25),
            Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27),
            Map.entry("VA", 22));
    /** French and Monegasque BBAN: bank 5 digits, branch 5 digits, account 11 characters, RIB key 2 digits. */
    private static final Pattern FRENCH_BBAN = Pattern.compile("\\d{10}[0-9A-Z]{11}\\d{2}");
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}\\d{2}[0-9A-Z]+");
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** The IBAN in its electronic form (no spaces, capitals), or a {@link SepaInputException} saying what is wrong. */
    public static String check(String iban, String field) {
        if (iban == null || iban.isBlank()) {
            throw new SepaInputException(field, "an IBAN is required");
        }
        String compact = iban.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(compact).matches()) {
            throw new SepaInputException(field, "'" + iban + "' is not an IBAN: two letters of the country, two check"
                    + " digits, then letters and digits");
        }
        String country = compact.substring(0, 2);
        Integer length = LENGTHS.get(country);
        if (length == null) {
            throw new SepaInputException(field, "'" + country + "' is not a country of the SEPA credit transfer");
        }
        if (compact.length() != length) {
            throw new SepaInputException(field, "an IBAN of " + country + " has " + length + " characters, not "
                    + compact.length());
        }
        if ((country.equals("FR") || country.equals("MC")) && !FRENCH_BBAN.matcher(compact.substring(4)).matches()) {
            throw new SepaInputException(field, "a French IBAN is FRkk, 5 digits of the bank, 5 of the branch, the 11"
                    + " characters of the account and the 2 digits of the RIB key");
        }
        if (!checksumHolds(compact)) {
            throw new SepaInputException(field, "the check digits of " + compact + " are wrong (mod 97): a typing"
                    + " error?");
        }
        return compact;
    }

    /** ISO 7064 mod 97-10: the country and check digits moved to the end, letters as 10 to 35, remainder 1. */
    static boolean checksumHolds(String compact) {
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.getNumericValue(c));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    /** The BIC in capitals without spaces, {@code null} when none is given (optional in SEPA since 2016). */
    public static String checkBic(String bic, String field) {
        if (bic == null || bic.isBlank()) {
            return null;
        }
        String compact = bic.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!BIC.matcher(compact).matches()) {
            throw new SepaInputException(field, "'" + bic + "' is not a BIC: 4 letters of the bank, 2 of the"
                    + " country, 2 letters or digits of the place, and optionally 3 of the branch");
        }
        return compact;
    }
}
