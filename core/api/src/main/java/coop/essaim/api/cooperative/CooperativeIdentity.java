package coop.essaim.api.cooperative;

import coop.essaim.api.people.Address;

/**
 * What identifies the cooperative as a company on its documents (invoices, payslips, certificates):
 * {@code registrationNumber} as its country writes it (French SIREN or SIRET, Belgian enterprise number,
 * Moroccan ICE), the {@code registrationOffice} when the country names one (RCS Lyon), the intra-community
 * {@code vatNumber}, the registered {@code address} and public contact. Every part may be blank until the
 * cooperative fills it in; a country plugin checks what its country requires when it issues a document.
 */
public record CooperativeIdentity(String registrationNumber, String registrationOffice, String vatNumber,
                                  Address address, String email, String phone, String website) {

    public static final CooperativeIdentity EMPTY = new CooperativeIdentity(null, null, null, Address.NONE, null,
            null, null);

    public CooperativeIdentity {
        address = address == null ? Address.NONE : address;
    }
}
