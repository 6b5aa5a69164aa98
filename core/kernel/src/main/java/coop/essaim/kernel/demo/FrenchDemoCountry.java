package coop.essaim.kernel.demo;

import coop.essaim.api.demo.DemoCountry;
import coop.essaim.api.people.Address;
import coop.essaim.api.people.EstablishmentDetails;

import java.util.List;

/** The core's own demo cooperative, in Lyon: the one {@code essaim demo} makes when no country is asked for. */
final class FrenchDemoCountry implements DemoCountry {

    static final FrenchDemoCountry INSTANCE = new FrenchDemoCountry();

    @Override
    public String country() {
        return "FR";
    }

    @Override
    public String legalName() {
        return DemoCooperative.LEGAL_NAME;
    }

    @Override
    public String shortName() {
        return DemoCooperative.SHORT_NAME;
    }

    @Override
    public String legalForm() {
        return "SCOP_SA";
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
        return List.of(new EstablishmentDetails(DemoMembers.LYON, new Address("8 rue d'Austerlitz", "69004", "Lyon",
                        "FR")),
                new EstablishmentDetails(DemoMembers.VILLEURBANNE, new Address("21 rue Francis de Pressensé", "69100",
                        "Villeurbanne", "FR")));
    }
}
