package ${package}.internal;

import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.PermissionContribution;
import coop.essaim.api.security.PermissionDefinition;
import ${package}.api.NotePermissions;

import java.util.List;
import java.util.Set;

/** The permissions and the roles that receive them by default (administrators may change the grants). */
public final class NotePermissionContribution implements PermissionContribution {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(NotePermissions.VIEW, "permission.notes.view",
                        Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ADVISER, CoreRoles.ENTREPRENEUR)),
                new PermissionDefinition(NotePermissions.EDIT, "permission.notes.edit",
                        Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ADVISER)));
    }
}
