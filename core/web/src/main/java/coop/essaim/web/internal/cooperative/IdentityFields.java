package coop.essaim.web.internal.cooperative;

import coop.essaim.api.cooperative.CooperativeIdentity;
import coop.essaim.api.people.Address;

import java.io.Serializable;

/** The identity form's values, named as the kernel names the fields it refuses. */
class IdentityFields implements Serializable {

    private static final long serialVersionUID = 1L;

    String registrationNumber;
    String registrationOffice;
    String vatNumber;
    String street;
    String postalCode;
    String city;
    String country;
    String email;
    String phone;
    String website;

    static IdentityFields of(CooperativeIdentity i) {
        IdentityFields f = new IdentityFields();
        f.registrationNumber = i.registrationNumber();
        f.registrationOffice = i.registrationOffice();
        f.vatNumber = i.vatNumber();
        f.street = i.address().street();
        f.postalCode = i.address().postalCode();
        f.city = i.address().city();
        f.country = i.address().country();
        f.email = i.email();
        f.phone = i.phone();
        f.website = i.website();
        return f;
    }

    CooperativeIdentity identity() {
        return new CooperativeIdentity(registrationNumber, registrationOffice, vatNumber,
                new Address(street, postalCode, city, country), email, phone, website);
    }
}
