package coop.essaim.api.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PermissionDefinitionTest {

    @Test
    void codeNamesItsModule() {
        assertThrows(IllegalArgumentException.class, () -> new PermissionDefinition("validate", "k", Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new PermissionDefinition("Invoicing.Read", "k", Set.of()));
        new PermissionDefinition("invoicing.invoice.validate", "k", Set.of(CoreRoles.ACCOUNTANT));
    }

    @Test
    void onlyAnEntrepreneurWithNoOtherRoleIsConfinedToTheirOwnActivities() {
        assertTrue(withRoles(CoreRoles.ENTREPRENEUR).confinedToOwnActivities());
        for (String other : Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ADVISER, CoreRoles.ACCOUNTANT,
                CoreRoles.BOARD_MEMBER)) {
            assertFalse(withRoles(CoreRoles.ENTREPRENEUR, other).confinedToOwnActivities(), other);
            assertFalse(withRoles(other).confinedToOwnActivities(), other);
        }
    }

    private static UserContext withRoles(String... roles) {
        return new UserContext(1, "u", "U", 7, Set.of(roles), Set.of(), Locale.FRENCH);
    }

    @Test
    void userContextChecksPermissions() {
        UserContext u = new UserContext(1, "jeanne", "Jeanne", 7, Set.of(CoreRoles.ENTREPRENEUR),
                Set.of("invoicing.invoice.create"), Locale.FRENCH);
        assertTrue(u.can("invoicing.invoice.create"));
        assertTrue(u.can("authenticated"));
        assertFalse(u.can(CorePermissions.MODULES_VIEW));
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> u.require(CorePermissions.MODULES_VIEW));
        assertTrue(e.getMessage().contains(CorePermissions.MODULES_VIEW));
    }
}
