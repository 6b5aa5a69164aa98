package coop.essaim.api.user;

import coop.essaim.api.security.UserContext;

import java.util.List;
import java.util.Optional;

/** Service: users of a cooperative. Reads and writes check the actor's permissions on the server. */
public interface UserDirectory {

    List<UserAccount> users(UserContext actor);

    Optional<UserAccount> find(UserContext actor, long userId);

    /** Builds the context a user acts with (their roles and the permissions granted to them). */
    UserContext contextOf(long userId);
}
