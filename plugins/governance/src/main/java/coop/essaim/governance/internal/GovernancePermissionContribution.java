package coop.essaim.governance.internal;

import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.PermissionContribution;
import coop.essaim.api.security.PermissionDefinition;
import coop.essaim.governance.api.GovernancePermissions;

import java.util.List;
import java.util.Set;

/**
 * Who does what by default: the administrator and the accountant keep the share register; every entrepreneur
 * (an associate or one to be) reads their own shares.
 */
public final class GovernancePermissionContribution implements PermissionContribution {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(GovernancePermissions.REGISTER_VIEW, "permission.registerView",
                        Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ACCOUNTANT)),
                new PermissionDefinition(GovernancePermissions.REGISTER_MANAGE, "permission.registerManage",
                        Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ACCOUNTANT)),
                new PermissionDefinition(GovernancePermissions.CANDIDACIES_MANAGE, "permission.candidaciesManage",
                        Set.of(CoreRoles.ADMINISTRATOR)),
                new PermissionDefinition(GovernancePermissions.ASSEMBLIES_MANAGE, "permission.assembliesManage",
                        Set.of(CoreRoles.ADMINISTRATOR)),
                new PermissionDefinition(GovernancePermissions.OWN, "permission.own",
                        Set.of(CoreRoles.ENTREPRENEUR)),
                new PermissionDefinition(GovernancePermissions.SPLIT_MANAGE, "permission.splitManage",
                        Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ACCOUNTANT)));
    }
}
