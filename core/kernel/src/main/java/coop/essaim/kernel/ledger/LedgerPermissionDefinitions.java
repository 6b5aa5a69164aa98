package coop.essaim.kernel.ledger;

import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.PermissionDefinition;

import java.util.List;
import java.util.Set;

/**
 * The ledger's permissions, part of the core's ({@code CorePermissionContribution}), with their defaults:
 * accountants and administrators post, read everything, letter postings and close periods; advisers read everything (they
 * follow every activity's account with its entrepreneur), and so do board members, who answer for the accounts
 * before the general meeting; entrepreneurs read their own activities only.
 */
public final class LedgerPermissionDefinitions {

    public static final List<PermissionDefinition> DEFINITIONS = List.of(
            new PermissionDefinition(LedgerPermissions.POST, "core.permission.ledger.post",
                    Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ACCOUNTANT)),
            new PermissionDefinition(LedgerPermissions.READ, "core.permission.ledger.read",
                    Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ACCOUNTANT, CoreRoles.ADVISER, CoreRoles.BOARD_MEMBER)),
            new PermissionDefinition(LedgerPermissions.READ_OWN, "core.permission.ledger.read-own",
                    Set.of(CoreRoles.ENTREPRENEUR)),
            new PermissionDefinition(LedgerPermissions.LETTER, "core.permission.ledger.letter",
                    Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ACCOUNTANT)),
            new PermissionDefinition(LedgerPermissions.CLOSE, "core.permission.ledger.close",
                    Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ACCOUNTANT)));

    private LedgerPermissionDefinitions() {
    }
}
