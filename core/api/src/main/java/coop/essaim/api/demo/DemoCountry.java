package coop.essaim.api.demo;

import coop.essaim.api.people.EstablishmentDetails;

import java.util.List;

/**
 * Extension point: the demo cooperative of one country, for {@code essaim demo --country <code>} ("Coopérative
 * démo Bruxelles" for Belgium). The core creates the cooperative with these values, spreads its demo population
 * over the two {@link #sites()} and then runs every module's {@link DemoData}, which reads the country from
 * {@link DemoContext#country()}. The core has the French one built in; a country plugin contributes its own.
 * Read once, when the demo cooperative is created; return constants.
 */
public interface DemoCountry {

    /** ISO 3166 alpha-2, upper case ({@code BE}). */
    String country();

    String legalName();

    String shortName();

    /** One of the core's legal forms: {@code SCOP_SARL}, {@code SCOP_SA} or {@code OTHER}. */
    String legalForm();

    /** ISO 4217 ({@code EUR}, {@code MAD}). */
    String currency();

    /** The cooperative's default language, one the interface is translated into ({@code fr} or {@code en}). */
    String language();

    /**
     * Two sites: the first is followed by the demo adviser {@code conseil}, the second by {@code nadia}; the
     * members' postal towns are those of their site.
     */
    List<EstablishmentDetails> sites();
}
