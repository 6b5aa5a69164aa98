package coop.essaim.api.security;

import java.util.HashSet;
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

    /**
     * An entrepreneur and nothing more (no administrator, adviser, accountant or board role): such a user reaches
     * only their own activities, and a module's pages and API show them only what concerns those.
     */
    public boolean confinedToOwnActivities() {
        return hasRole(CoreRoles.ENTREPRENEUR) && !hasRole(CoreRoles.ADMINISTRATOR) && !hasRole(CoreRoles.ADVISER)
                && !hasRole(CoreRoles.ACCOUNTANT) && !hasRole(CoreRoles.BOARD_MEMBER);
    }

    /** Throws {@link AccessDeniedException} unless the user holds the permission. */
    public void require(String permission) {
        if (!can(permission)) {
            throw new AccessDeniedException(permission);
        }
    }

    /**
     * The same user holding {@code permission} as well, for the one call a module's own rule entitles: validating
     * an invoice or a payroll run is what entitles its ledger entries, which stay signed by the real user.
     */
    public UserContext lending(String permission) {
        if (can(permission)) {
            return this;
        }
        Set<String> more = new HashSet<>(permissions);
        more.add(permission);
        return new UserContext(userId, login, displayName, cooperativeId, roles, more, locale);
    }
}
