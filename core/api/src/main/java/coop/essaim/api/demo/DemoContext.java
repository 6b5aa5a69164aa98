package coop.essaim.api.demo;

import coop.essaim.api.security.UserContext;

/** What a module's demo data loader gets: the demo cooperative and a user of each role to act as. */
public interface DemoContext {

    long cooperativeId();

    /**
     * The demo cooperative's country (ISO 3166 alpha-2, upper case): a country plugin loads its demo data only in
     * its own country, and the others choose what they show from the country's extensions (its VAT rates, its
     * accounts), never from one country's constants.
     */
    String country();

    /** The demo user holding {@code role} ({@code CoreRoles}), to act with. */
    UserContext actingAs(String role);
}
