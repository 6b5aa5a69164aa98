package coop.essaim.mutualtraining.internal;

import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.PermissionContribution;
import coop.essaim.api.security.PermissionDefinition;
import coop.essaim.mutualtraining.api.MutualTrainingPermissions;

import java.util.List;
import java.util.Set;

/**
 * Who does what by default: every member reads the catalogue, offers skills and requests trainings; the committee
 * (board members and the administrator) decides; the staff representatives sit on the board and set the criteria;
 * the administrator and accounting hold the budget; the administrator and advisers review the catalogue and keep
 * the records.
 */
public final class TrainingPermissionContribution implements PermissionContribution {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(MutualTrainingPermissions.MEMBER, "permission.member",
                        Set.copyOf(CoreRoles.ALL)),
                new PermissionDefinition(MutualTrainingPermissions.DECIDE, "permission.decide",
                        Set.of(CoreRoles.BOARD_MEMBER, CoreRoles.ADMINISTRATOR)),
                new PermissionDefinition(MutualTrainingPermissions.CRITERIA, "permission.criteria",
                        Set.of(CoreRoles.BOARD_MEMBER, CoreRoles.ADMINISTRATOR)),
                new PermissionDefinition(MutualTrainingPermissions.BUDGET, "permission.budget",
                        Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ACCOUNTANT)),
                new PermissionDefinition(MutualTrainingPermissions.REVIEW, "permission.review",
                        Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ADVISER)),
                new PermissionDefinition(MutualTrainingPermissions.RECORDS, "permission.records",
                        Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ADVISER)));
    }
}
