package coop.essaim.kernel.people;

import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;

/**
 * Who reaches which person file and activity, decided on the server for every call. A user whose roles are
 * entrepreneur and nothing else is confined to their own file (the one whose USER_ID is theirs) and to the
 * activities that file is or was a member of, whatever permissions an administrator granted the entrepreneur
 * role; holding a staff role as well (an entrepreneur elected manager, say) lifts the confinement, because that
 * role's work needs it. Records of another cooperative are never reached.
 */
final class PeopleAccess {

    private PeopleAccess() {
    }

    static boolean confinedToSelf(UserContext actor) {
        return actor.hasRole(CoreRoles.ENTREPRENEUR) && !actor.hasRole(CoreRoles.ADMINISTRATOR)
                && !actor.hasRole(CoreRoles.ADVISER) && !actor.hasRole(CoreRoles.ACCOUNTANT);
    }

    static boolean own(UserContext actor, PersonEntity p) {
        return p.getUserId() != null && p.getUserId() == actor.userId();
    }

    /** Everyone reads their own file; beyond it, {@code core.people.read} and no confinement. */
    static boolean canRead(UserContext actor, PersonEntity p) {
        if (p.getCooperativeId() != actor.cooperativeId()) {
            return false;
        }
        if (own(actor, p)) {
            return true;
        }
        return !confinedToSelf(actor) && actor.can(CorePermissions.PEOPLE_READ);
    }

    static void requireManage(UserContext actor, PersonEntity p) {
        actor.require(CorePermissions.PEOPLE_MANAGE);
        if (p.getCooperativeId() != actor.cooperativeId() || confinedToSelf(actor) && !own(actor, p)) {
            throw new AccessDeniedException(CorePermissions.PEOPLE_MANAGE);
        }
    }

    /** Notes are the staff's: never for a confined user, even on their own file. */
    static void requireNotes(UserContext actor, PersonEntity p) {
        actor.require(CorePermissions.PEOPLE_NOTES);
        if (p.getCooperativeId() != actor.cooperativeId() || confinedToSelf(actor)) {
            throw new AccessDeniedException(CorePermissions.PEOPLE_NOTES);
        }
    }
}
