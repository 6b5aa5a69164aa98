package coop.essaim.api.people;

/** A postal address; {@code country} is ISO 3166 alpha-2. Every part may be blank except where a service says. */
public record Address(String street, String postalCode, String city, String country) {

    public static final Address NONE = new Address(null, null, null, null);
}
