package coop.essaim.kernel.ledger;

import coop.essaim.api.ledger.ActivityAccess;
import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;

import java.util.Set;

/**
 * What a user may read of the ledger: everything ({@code activities} null) or only the postings of their
 * own activities. A user whose only role is entrepreneur is always restricted, whatever they were granted,
 * as {@link CoreRoles} promises; {@code core.ledger.read} opens everything to the other roles.
 */
public record ReadScope(Set<Long> activities) {

    public static ReadScope of(UserContext user, ActivityAccess access) {
        boolean onlyEntrepreneur = user.roles().equals(Set.of(CoreRoles.ENTREPRENEUR));
        if (user.can(LedgerPermissions.READ) && !onlyEntrepreneur) {
            return new ReadScope(null);
        }
        if (user.can(LedgerPermissions.READ) || user.can(LedgerPermissions.READ_OWN)) {
            return new ReadScope(Set.copyOf(access.activitiesOf(user)));
        }
        throw new AccessDeniedException(LedgerPermissions.READ_OWN);
    }

    public boolean restricted() {
        return activities != null;
    }

    public boolean sees(long activityId) {
        return activities == null || activities.contains(activityId);
    }
}
