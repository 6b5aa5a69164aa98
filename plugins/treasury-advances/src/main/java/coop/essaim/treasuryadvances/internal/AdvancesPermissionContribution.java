package coop.essaim.treasuryadvances.internal;

import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.PermissionContribution;
import coop.essaim.api.security.PermissionDefinition;
import coop.essaim.treasuryadvances.api.TreasuryAdvancePermissions;

import java.util.List;
import java.util.Set;

/**
 * Who does what by default: entrepreneurs request for their own activity; advisers request for the activities they
 * follow; the board votes and decides; the administrator decides under the delegation threshold; accounting
 * disburses and records repayments; the board, accounting and the administrator read the exposure.
 */
public final class AdvancesPermissionContribution implements PermissionContribution {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(TreasuryAdvancePermissions.REQUEST_OWN, "permission.requestOwn",
                        Set.of(CoreRoles.ENTREPRENEUR)),
                new PermissionDefinition(TreasuryAdvancePermissions.REQUEST, "permission.request",
                        Set.of(CoreRoles.ENTREPRENEUR, CoreRoles.ADVISER, CoreRoles.ADMINISTRATOR)),
                new PermissionDefinition(TreasuryAdvancePermissions.MANAGE, "permission.manage",
                        Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ADVISER, CoreRoles.ACCOUNTANT,
                                CoreRoles.BOARD_MEMBER)),
                new PermissionDefinition(TreasuryAdvancePermissions.VOTE, "permission.vote",
                        Set.of(CoreRoles.BOARD_MEMBER)),
                new PermissionDefinition(TreasuryAdvancePermissions.DECIDE, "permission.decide",
                        Set.of(CoreRoles.BOARD_MEMBER)),
                new PermissionDefinition(TreasuryAdvancePermissions.DECIDE_DELEGATED, "permission.decideDelegated",
                        Set.of(CoreRoles.ADMINISTRATOR)),
                new PermissionDefinition(TreasuryAdvancePermissions.DISBURSE, "permission.disburse",
                        Set.of(CoreRoles.ACCOUNTANT, CoreRoles.ADMINISTRATOR)),
                new PermissionDefinition(TreasuryAdvancePermissions.EXPOSURE, "permission.exposure",
                        Set.of(CoreRoles.BOARD_MEMBER, CoreRoles.ACCOUNTANT, CoreRoles.ADMINISTRATOR)),
                new PermissionDefinition(TreasuryAdvancePermissions.RULES, "permission.rules",
                        Set.of(CoreRoles.BOARD_MEMBER, CoreRoles.ADMINISTRATOR)));
    }
}
