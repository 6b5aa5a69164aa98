package coop.essaim.api.security;

import java.util.Locale;
import java.util.Set;

/**
 * Who is acting, in which cooperative, with which roles and permissions: built by the core at login or
 * token check, passed to services so they check permissions on the server.
 */
public record UserContext(long userId, String login, String displayName, long cooperativeId,
                          Set<String> roles, Set<String> permissions, Locale locale) {

    public UserContext {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    public boolean can(String permission) {
        return "authenticated".equals(permission) || permissions.contains(permission);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Throws {@link AccessDeniedException} unless the user holds the permission. */
    public void require(String permission) {
        if (!can(permission)) {
            throw new AccessDeniedException(permission);
        }
    }
}
