package coop.essaim.invoicing.internal.purchase;

import coop.essaim.api.people.Address;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.invoicing.api.SupplierDetails;
import coop.essaim.invoicing.internal.Messages;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a supplier's details must be; every problem is reported at once, each with its field. */
final class SupplierRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern VAT = Pattern.compile("[A-Z]{2}[0-9A-Z]{2,13}");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[0-9A-Z]{11,30}");

    private SupplierRules() {
    }

    /** The details trimmed (blank parts absent, VAT number and IBAN upper case without spaces), or refused. */
    static SupplierDetails check(SupplierDetails d, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        String name = trim(d.name());
        String email = trim(d.email());
        String vat = compact(d.vatNumber());
        String iban = compact(d.iban());
        String registration = trim(d.registrationNumber());
        String country = trim(d.address().country()) == null ? null
                : d.address().country().strip().toUpperCase(Locale.ROOT);
        if (name == null || name.length() > 200) {
            errors.add(new FieldError("name", Messages.text(locale, "error.length", 1, 200)));
        }
        if (registration != null && registration.length() > 40) {
            errors.add(new FieldError("registrationNumber", Messages.text(locale, "error.length", 1, 40)));
        }
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(new FieldError("email", Messages.text(locale, "error.email")));
        }
        if (country != null && !COUNTRY.matcher(country).matches()) {
            errors.add(new FieldError("address.country", Messages.text(locale, "error.country")));
        }
        if (vat != null && !VAT.matcher(vat).matches()) {
            errors.add(new FieldError("vatNumber", Messages.text(locale, "error.vatNumber")));
        }
        if (iban != null && (!IBAN.matcher(iban).matches() || !checksumOk(iban))) {
            errors.add(new FieldError("iban", Messages.text(locale, "error.iban")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new SupplierDetails(name, registration, vat, iban, email, new Address(trim(d.address().street()),
                trim(d.address().postalCode()), trim(d.address().city()), country));
    }

    /** ISO 13616: the IBAN, its first four characters moved to the end and letters read as 10 to 35, is 1 mod 97. */
    private static boolean checksumOk(String iban) {
        String moved = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : moved.toCharArray()) {
            digits.append(Character.getNumericValue(c));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    private static String compact(String s) {
        return trim(s) == null ? null : s.replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
