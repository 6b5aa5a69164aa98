package coop.essaim.kernel.people;

import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.PermissionDefinition;

import java.util.List;
import java.util.Set;

/**
 * The people core's permissions, part of the core's contribution, and who holds them by default:
 * <ul>
 * <li>reading people and activities: administrators, advisers and accountants (payroll and invoicing need
 * names and activities); board members read the activities, not the people's files;</li>
 * <li>managing people and activities: administrators and advisers, who follow the paths;</li>
 * <li>the private notes: advisers only; an administrator may grant them to another role;</li>
 * <li>anonymising a person who left: administrators.</li>
 * </ul>
 * Entrepreneurs get none: they reach their own file and activities without a permission, and only those,
 * whatever is later granted to their role (see {@code PeopleAccess}).
 */
public final class PeoplePermissionDefinitions {

    public static final List<PermissionDefinition> DEFINITIONS = List.of(
            new PermissionDefinition(CorePermissions.PEOPLE_READ, "core.permission.people.read",
                    Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ADVISER, CoreRoles.ACCOUNTANT)),
            new PermissionDefinition(CorePermissions.PEOPLE_MANAGE, "core.permission.people.manage",
                    Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ADVISER)),
            new PermissionDefinition(CorePermissions.PEOPLE_NOTES, "core.permission.people.notes",
                    Set.of(CoreRoles.ADVISER)),
            new PermissionDefinition(CorePermissions.PEOPLE_ANONYMISE, "core.permission.people.anonymise",
                    Set.of(CoreRoles.ADMINISTRATOR)),
            new PermissionDefinition(CorePermissions.ACTIVITIES_READ, "core.permission.activities.read",
                    Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ADVISER, CoreRoles.ACCOUNTANT, CoreRoles.BOARD_MEMBER)),
            new PermissionDefinition(CorePermissions.ACTIVITIES_MANAGE, "core.permission.activities.manage",
                    Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ADVISER)));

    private PeoplePermissionDefinitions() {
    }
}
