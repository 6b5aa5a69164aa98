package coop.essaim.countryma.internal.demo;

import coop.essaim.api.demo.DemoCountry;
import coop.essaim.api.people.Address;
import coop.essaim.api.people.EstablishmentDetails;

import java.util.List;

/**
 * {@code essaim demo --country ma}: "Coopérative démo Casablanca", a coopérative (loi n° 112-12) in Casablanca and
 * Rabat, keeping its books in dirhams.
 */
public final class MoroccanDemoCountry implements DemoCountry {

    public static final String LEGAL_NAME = "Coopérative démo Casablanca";

    @Override
    public String country() {
        return "MA";
    }

    @Override
    public String legalName() {
        return LEGAL_NAME;
    }

    @Override
    public String shortName() {
        return "Démo Casablanca";
    }

    /** A coopérative (loi n° 112-12): the core's forms are French ones. */
    @Override
    public String legalForm() {
        return "OTHER";
    }

    @Override
    public String currency() {
        return "MAD";
    }

    @Override
    public String language() {
        return "fr";
    }

    @Override
    public List<EstablishmentDetails> sites() {
        return List.of(new EstablishmentDetails("Casablanca – Maârif",
                        new Address("45 boulevard Zerktouni", "20330", "Casablanca", "MA")),
                new EstablishmentDetails("Rabat – Agdal", new Address("8 avenue de France", "10090", "Rabat", "MA")));
    }
}
