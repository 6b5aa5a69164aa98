package coop.essaim.api.people;

/** What a person types to create or change an establishment (site) of the cooperative. */
public record EstablishmentDetails(String name, Address address) {
}
