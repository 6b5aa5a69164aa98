package coop.essaim.accompaniment.internal;

import coop.essaim.accompaniment.api.AccompanimentPermissions;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.PermissionContribution;
import coop.essaim.api.security.PermissionDefinition;

import java.util.List;
import java.util.Set;

/**
 * Who does what by default: everyone reads their own appointments; advisers and administrators read the
 * appointments of the people they may read, manage those of the people they may manage, and see their portfolio.
 * Everyone reads the workshops and signs up; advisers and administrators run them and take the attendance.
 */
public final class AccompanimentPermissionContribution implements PermissionContribution {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(AccompanimentPermissions.VIEW_OWN, "permission.viewOwn",
                        Set.copyOf(CoreRoles.ALL)),
                new PermissionDefinition(AccompanimentPermissions.READ, "permission.read",
                        Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ADVISER)),
                new PermissionDefinition(AccompanimentPermissions.MANAGE, "permission.manage",
                        Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ADVISER)),
                new PermissionDefinition(AccompanimentPermissions.PORTFOLIO, "permission.portfolio",
                        Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ADVISER)),
                new PermissionDefinition(AccompanimentPermissions.WORKSHOPS_VIEW, "permission.workshopsView",
                        Set.copyOf(CoreRoles.ALL)),
                new PermissionDefinition(AccompanimentPermissions.WORKSHOPS_MANAGE, "permission.workshopsManage",
                        Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ADVISER)),
                new PermissionDefinition(AccompanimentPermissions.WORKSHOPS_ATTENDANCE,
                        "permission.workshopsAttendance", Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ADVISER)));
    }
}
