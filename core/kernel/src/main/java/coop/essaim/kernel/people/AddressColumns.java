package coop.essaim.kernel.people;

import coop.essaim.api.people.Address;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The STREET, POSTAL_CODE, CITY and COUNTRY columns of a table that holds an address; blank parts are null. */
@Embeddable
public class AddressColumns {

    @Column(name = "STREET", length = 200)
    private String street;

    @Column(name = "POSTAL_CODE", length = 20)
    private String postalCode;

    @Column(name = "CITY", length = 120)
    private String city;

    @Column(name = "COUNTRY", length = 2)
    private String country;

    protected AddressColumns() {
        // for JPA
    }

    static AddressColumns of(Address a) {
        AddressColumns c = new AddressColumns();
        if (a != null) {
            c.street = PeopleText.clean(a.street());
            c.postalCode = PeopleText.clean(a.postalCode());
            c.city = PeopleText.clean(a.city());
            c.country = a.country() == null || a.country().isBlank() ? null : a.country().strip().toUpperCase(java.util.Locale.ROOT);
        }
        return c;
    }

    /** JPA reads an embeddable whose columns are all null as null. */
    static Address read(AddressColumns c) {
        return c == null ? Address.NONE : new Address(c.street, c.postalCode, c.city, c.country);
    }
}
