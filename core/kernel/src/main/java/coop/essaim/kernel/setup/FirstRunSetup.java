package coop.essaim.kernel.setup;

import coop.essaim.api.cooperative.NewCooperative;
import coop.essaim.api.security.UserContext;

/**
 * The first visit of an empty installation: creates the first cooperative and its administrator in one
 * transaction. Refused once a cooperative exists. Invalid input throws {@code ValidationException} naming
 * each field, and nothing is written.
 */
public interface FirstRunSetup {

    boolean needed();

    UserContext createFirstCooperative(NewCooperative cooperative, NewAdministrator administrator);

    record NewAdministrator(String login, String displayName, String email, char[] password) {
    }
}
