package coop.essaim.invoicing.internal.party;

import coop.essaim.api.people.Address;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who a customer or a supplier is: name, e-mail, address, VAT and registration numbers. An invoice copies its
 * buyer's at validation into its own BUYER_ columns (an attribute override each).
 */
@Embeddable
public class PartyIdentity {

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "EMAIL", length = 254)
    private String email;

    @Column(name = "STREET", length = 200)
    private String street;

    @Column(name = "POSTAL_CODE", length = 20)
    private String postalCode;

    @Column(name = "CITY", length = 100)
    private String city;

    @Column(name = "COUNTRY", length = 2)
    private String country;

    @Column(name = "VAT_NUMBER", length = 20)
    private String vatNumber;

    @Column(name = "REGISTRATION_NUMBER", length = 40)
    private String registrationNumber;

    protected PartyIdentity() {
        // for JPA
    }

    public PartyIdentity(String name, String email, Address address, String vatNumber, String registrationNumber) {
        this.name = name;
        this.email = email;
        this.street = address.street();
        this.postalCode = address.postalCode();
        this.city = address.city();
        this.country = address.country();
        this.vatNumber = vatNumber;
        this.registrationNumber = registrationNumber;
    }

    /** A copy for another row: an embedded value belongs to one entity. */
    public PartyIdentity copy() {
        return new PartyIdentity(name, email, address(), vatNumber, registrationNumber);
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public Address address() {
        return new Address(street, postalCode, city, country);
    }

    public String vatNumber() {
        return vatNumber;
    }

    public String registrationNumber() {
        return registrationNumber;
    }
}
