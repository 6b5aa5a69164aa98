package coop.essaim.web.internal.people;

import coop.essaim.api.people.Address;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonKind;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** What the person form collects; the kernel validates it (this class only carries it). */
final class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    PersonKind kind = PersonKind.MEMBER;
    String givenName;
    String familyName;
    String organisation;
    boolean legalEntity;
    String email;
    String phone;
    String street;
    String postalCode;
    String city;
    String country = "FR";
    LocalDate birthDate;
    Long establishment;
    /** Comma separated, as people type a list. */
    String trades;
    Long user;

    PersonDetails details() {
        List<String> words = trades == null ? List.of() : Arrays.stream(trades.split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new PersonDetails(kind, givenName, familyName, organisation, legalEntity, email, phone,
                new Address(street, postalCode, city, country), birthDate,
                establishment == null ? 0L : establishment, words, user);
    }
}
