package coop.essaim.api.demo;

import coop.essaim.api.security.UserContext;

/** What a module's demo data loader gets: the demo cooperative and a user of each role to act as. */
public interface DemoContext {

    long cooperativeId();

    /** The demo user holding {@code role} ({@code CoreRoles}), to act with. */
    UserContext actingAs(String role);
}
