package coop.essaim.tradegroups.internal;

import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.PermissionContribution;
import coop.essaim.api.security.PermissionDefinition;
import coop.essaim.tradegroups.api.TradeGroupPermissions;

import java.util.List;
import java.util.Set;

/**
 * Who does what by default: the administrator and the advisers manage the groups; every role reads the published
 * grids and the groups' names (the grids are there so that nobody in the cooperative undercuts its wage norms).
 */
public final class TradePermissionContribution implements PermissionContribution {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(TradeGroupPermissions.MANAGE, "permission.manage",
                        Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ADVISER)),
                new PermissionDefinition(TradeGroupPermissions.READ, "permission.read", Set.copyOf(CoreRoles.ALL)));
    }
}
