package coop.essaim.invoicing.api;

import coop.essaim.api.people.Address;

/**
 * What one types about a supplier: its name, its registration number (a French SIREN or SIRET, or another
 * country's company number), its VAT number, the IBAN it is paid to, an e-mail address and its address.
 */
public record SupplierDetails(String name, String registrationNumber, String vatNumber, String iban, String email,
                              Address address) {

    public SupplierDetails {
        address = address == null ? Address.NONE : address;
    }
}
