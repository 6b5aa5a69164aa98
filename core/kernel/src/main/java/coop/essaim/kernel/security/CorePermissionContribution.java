package coop.essaim.kernel.security;

import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.PermissionContribution;
import coop.essaim.api.security.PermissionDefinition;
import coop.essaim.kernel.ledger.LedgerPermissionDefinitions;
import coop.essaim.kernel.mail.MailPermissionDefinitions;
import coop.essaim.kernel.people.PeoplePermissionDefinitions;

import java.util.List;
import java.util.Set;

/**
 * The core's own permissions and who receives them by default in a cooperative:
 * <ul>
 * <li>administrator: all four;</li>
 * <li>accountant: {@code core.audit.view} (the trail of validations and exports is an accounting control the
 * statutory auditor asks for) and {@code core.modules.view};</li>
 * <li>adviser: {@code core.modules.view} (a read-only list of what is installed, with no personal data, so
 * support staff can tell an entrepreneur which features the cooperative has);</li>
 * <li>board member: {@code core.modules.view};</li>
 * <li>entrepreneur: none of them; an entrepreneur works through the modules' own permissions.</li>
 * </ul>
 * Managing users and the cooperative's identity stays with administrators; administrators may change any
 * of these grants except taking {@code core.users.manage} from the administrator role itself.
 */
public final class CorePermissionContribution implements PermissionContribution {

    public static final List<PermissionDefinition> DEFINITIONS = withCoreParts(List.of(
            new PermissionDefinition(CorePermissions.MODULES_VIEW, "core.permission.modules.view",
                    Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ACCOUNTANT, CoreRoles.ADVISER, CoreRoles.BOARD_MEMBER)),
            new PermissionDefinition(CorePermissions.USERS_MANAGE, "core.permission.users.manage",
                    Set.of(CoreRoles.ADMINISTRATOR)),
            new PermissionDefinition(CorePermissions.AUDIT_VIEW, "core.permission.audit.view",
                    Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ACCOUNTANT)),
            new PermissionDefinition(CorePermissions.COOPERATIVE_MANAGE, "core.permission.cooperative.manage",
                    Set.of(CoreRoles.ADMINISTRATOR))));

    @Override
    public List<PermissionDefinition> permissions() {
        return DEFINITIONS;
    }

    /** The ledger's, the people core's and the mail history's permissions are the core's too. */
    private static List<PermissionDefinition> withCoreParts(List<PermissionDefinition> own) {
        List<PermissionDefinition> all = new java.util.ArrayList<>(own);
        all.addAll(LedgerPermissionDefinitions.DEFINITIONS);
        all.addAll(PeoplePermissionDefinitions.DEFINITIONS);
        all.addAll(MailPermissionDefinitions.DEFINITIONS);
        return List.copyOf(all);
    }
}
