package coop.essaim.brandgroups.internal;

import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.PermissionContribution;
import coop.essaim.api.security.PermissionDefinition;
import coop.essaim.brandgroups.api.BrandGroupPermissions;

import java.util.List;
import java.util.Set;

/**
 * Who does what by default: the administrator, the advisers and the accountant manage the groups (rules, work
 * figures, monthly splits); an entrepreneur reads the groups they are or were a member of.
 */
public final class GroupsPermissionContribution implements PermissionContribution {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(BrandGroupPermissions.MANAGE, "permission.manage",
                        Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ADVISER, CoreRoles.ACCOUNTANT)),
                new PermissionDefinition(BrandGroupPermissions.READ_OWN, "permission.readOwn",
                        Set.of(CoreRoles.ENTREPRENEUR)));
    }
}
