package coop.essaim.api.security;

import java.util.Objects;
import java.util.Set;

/**
 * A permission a module declares. {@code code} is {@code <module-id>.<what>} (for example
 * {@code invoicing.invoice.validate}); {@code labelKey} is translated from the module's bundle;
 * {@code defaultRoles} receive it in every cooperative when the module is first enabled there
 * (administrators may change the grants later).
 */
public record PermissionDefinition(String code, String labelKey, Set<String> defaultRoles) {

    public PermissionDefinition {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+")) {
            throw new IllegalArgumentException("permission code '" + code + "': expected <module>.<what>, lower case");
        }
        Objects.requireNonNull(labelKey, "labelKey");
        defaultRoles = Set.copyOf(defaultRoles == null ? Set.of() : defaultRoles);
    }
}
