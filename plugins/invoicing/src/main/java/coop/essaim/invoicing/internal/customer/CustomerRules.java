package coop.essaim.invoicing.internal.customer;

import coop.essaim.api.people.Address;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.invoicing.api.CustomerDetails;
import coop.essaim.invoicing.internal.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a customer's details must be; every problem is reported at once, each with its field. */
final class CustomerRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern VAT = Pattern.compile("[A-Z]{2}[0-9A-Z]{2,13}");

    private CustomerRules() {
    }

    /** The details trimmed (blank parts become absent, the VAT number upper case without spaces), or refused. */
    static CustomerDetails check(CustomerDetails d, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        String name = trim(d.name());
        String email = trim(d.email());
        String vat = trim(d.vatNumber()) == null ? null : d.vatNumber().replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
        String country = trim(d.address().country()) == null ? null : d.address().country().strip().toUpperCase(Locale.ROOT);
        if (d.kind() == null) {
            errors.add(new FieldError("kind", Messages.text(locale, "error.customerKind")));
        }
        if (name == null || name.length() > 200) {
            errors.add(new FieldError("name", Messages.text(locale, "error.length", 1, 200)));
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
        if (d.paymentDays() != null && (d.paymentDays() < 0 || d.paymentDays() > 60)) {
            // French law caps payment terms at 60 days from the invoice date (Code de commerce L441-10)
            errors.add(new FieldError("paymentDays", Messages.text(locale, "error.paymentDays")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new CustomerDetails(d.kind(), name, email, new Address(trim(d.address().street()),
                trim(d.address().postalCode()), trim(d.address().city()), country), vat,
                trim(d.registrationNumber()), d.paymentDays());
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
