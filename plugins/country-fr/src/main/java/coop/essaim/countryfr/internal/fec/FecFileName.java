package coop.essaim.countryfr.internal.fec;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name article A47 A-1 gives the file: the SIREN (9 digits), "FEC", the closing date of the fiscal year
 * ({@code yyyyMMdd}), here always with the extension {@code .txt}: {@code 901234567FEC20261231.txt}.
 */
final class FecFileName {

    private static final Pattern NAME = Pattern.compile("(\\d{9})FEC(\\d{8})(?:\\.txt)?", Pattern.CASE_INSENSITIVE);

    private FecFileName() {
    }

    /** The name for a cooperative registered as {@code registrationNumber} (a SIREN or a SIRET) and a year closing on {@code closing}. */
    static String of(String registrationNumber, LocalDate closing) {
        return siren(registrationNumber).orElseThrow(() -> new IllegalArgumentException(
                "registration number '" + registrationNumber + "': not a SIREN")) + "FEC" + FecText.date(closing)
                + ".txt";
    }

    /** The SIREN: the first 9 digits of a SIREN or SIRET (spaces allowed), if it is one. */
    static Optional<String> siren(String registrationNumber) {
        String digits = registrationNumber == null ? "" : registrationNumber.replace(" ", "").replace("\u00a0", "");
        return digits.matches("\\d{9}|\\d{14}") ? Optional.of(digits.substring(0, 9)) : Optional.empty();
    }

    /** The closing date a well-formed name carries, or empty when it does not match SIRENFECyyyyMMdd. */
    static Optional<LocalDate> closing(String fileName) {
        var m = NAME.matcher(fileName == null ? "" : fileName.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(FecText.parseDate(m.group(2)));
    }
}
