package coop.essaim.api.user;

import java.time.Instant;
import java.util.Set;

/** A person who can log in, with their roles in their cooperative. Never carries the password hash. */
public record UserAccount(long id, long cooperativeId, String login, String displayName, String email,
                          String locale, Set<String> roles, boolean active, Instant createdAt) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }
}
