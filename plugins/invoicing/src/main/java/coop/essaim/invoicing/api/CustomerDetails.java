package coop.essaim.invoicing.api;

import coop.essaim.api.people.Address;

/**
 * What one types about a customer. {@code paymentDays} overrides the cooperative's default payment term for this
 * customer ({@code null} keeps the default); {@code vatNumber} and {@code registrationNumber} are for companies.
 */
public record CustomerDetails(CustomerKind kind, String name, String email, Address address, String vatNumber,
                              String registrationNumber, Integer paymentDays) {

    public CustomerDetails {
        address = address == null ? Address.NONE : address;
    }
}
