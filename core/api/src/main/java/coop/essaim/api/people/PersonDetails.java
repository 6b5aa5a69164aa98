package coop.essaim.api.people;

import java.time.LocalDate;
import java.util.List;

/**
 * The editable part of a person file. {@code organisation} is the partner's organisation, or the legal name of
 * an external associate that is a legal entity ({@code legalEntity}, then the given and family names are those
 * of its representative and may be blank). {@code userId} links the file to the login of the person, which is
 * how an entrepreneur reaches their own file. {@code trades} are free words such as "couture".
 */
public record PersonDetails(PersonKind kind, String givenName, String familyName, String organisation,
                            boolean legalEntity, String email, String phone, Address address, LocalDate birthDate,
                            long establishmentId, List<String> trades, Long userId) {

    public PersonDetails {
        trades = trades == null ? List.of() : List.copyOf(trades);
        address = address == null ? Address.NONE : address;
    }
}
