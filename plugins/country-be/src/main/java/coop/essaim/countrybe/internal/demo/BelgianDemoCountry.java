package coop.essaim.countrybe.internal.demo;

import coop.essaim.api.demo.DemoCountry;
import coop.essaim.api.people.Address;
import coop.essaim.api.people.EstablishmentDetails;

import java.util.List;

/** {@code essaim demo --country be}: "Coopérative démo Bruxelles", a société coopérative in Brussels and Liège. */
public final class BelgianDemoCountry implements DemoCountry {

    public static final String LEGAL_NAME = "Coopérative démo Bruxelles";

    @Override
    public String country() {
        return "BE";
    }

    @Override
    public String legalName() {
        return LEGAL_NAME;
    }

    @Override
    public String shortName() {
        return "Démo Bruxelles";
    }

    /** A société coopérative (art. 6:1 Code des sociétés et des associations): the core's forms are French ones. */
    @Override
    public String legalForm() {
        return "OTHER";
    }

    @Override
    public String currency() {
        return "EUR";
    }

    @Override
    public String language() {
        return "fr";
    }

    @Override
    public List<EstablishmentDetails> sites() {
        return List.of(new EstablishmentDetails("Bruxelles – Saint-Gilles",
                        new Address("70 rue Coenraets", "1060", "Saint-Gilles", "BE")),
                new EstablishmentDetails("Liège", new Address("12 quai de la Batte", "4000", "Liège", "BE")));
    }
}
