package coop.essaim.kernel.people;

import coop.essaim.api.people.AdviserReach;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Who reaches which person file and activity, decided on the server for every call. A user whose roles are
 * entrepreneur and nothing else is confined to their own file (the one whose USER_ID is theirs) and to the
 * activities that file is or was a member of, whatever permissions an administrator granted the entrepreneur
 * role; holding a staff role as well (an entrepreneur elected manager, say) lifts the confinement, because that
 * role's work needs it. Records of another cooperative are never reached.
 *
 * <p>An adviser who is not an administrator is further held to their portfolio as the cooperative's
 * {@link AdviserReach} says: the people whose current referent they are, and the people nobody follows yet (a
 * newcomer at reception). An activity is in the portfolio when one of its members ever was.
 */
final class PeopleAccess {

    private final CooperativeSettings settings;

    PeopleAccess(CooperativeSettings settings) {
        this.settings = settings;
    }

    static boolean confinedToSelf(UserContext actor) {
        return actor.hasRole(CoreRoles.ENTREPRENEUR) && !actor.hasRole(CoreRoles.ADMINISTRATOR)
                && !actor.hasRole(CoreRoles.ADVISER) && !actor.hasRole(CoreRoles.ACCOUNTANT);
    }

    static boolean own(UserContext actor, PersonEntity p) {
        return p.getUserId() != null && p.getUserId() == actor.userId();
    }

    /** Everyone reads their own file; beyond it, {@code core.people.read}, no confinement, and the reach. */
    boolean canRead(UserContext actor, PersonEntity p) {
        if (p.getCooperativeId() != actor.cooperativeId()) {
            return false;
        }
        if (own(actor, p)) {
            return true;
        }
        return !confinedToSelf(actor) && actor.can(CorePermissions.PEOPLE_READ)
                && (!readsPortfolioOnly(actor) || inPortfolio(actor, p));
    }

    void requireManage(UserContext actor, PersonEntity p) {
        actor.require(CorePermissions.PEOPLE_MANAGE);
        if (p.getCooperativeId() != actor.cooperativeId() || confinedToSelf(actor) && !own(actor, p)
                || managesPortfolioOnly(actor) && !inPortfolio(actor, p) && !own(actor, p)) {
            throw new AccessDeniedException(CorePermissions.PEOPLE_MANAGE);
        }
    }

    /**
     * Notes are the staff's: never for a confined user, even on their own file; an adviser held to their
     * portfolio reads and writes the notes of their portfolio only, since a note is written for the referent.
     */
    void requireNotes(UserContext actor, PersonEntity p) {
        actor.require(CorePermissions.PEOPLE_NOTES);
        if (p.getCooperativeId() != actor.cooperativeId() || confinedToSelf(actor)
                || managesPortfolioOnly(actor) && !inPortfolio(actor, p)) {
            throw new AccessDeniedException(CorePermissions.PEOPLE_NOTES);
        }
    }

    boolean canReadActivity(EntityManager em, UserContext actor, long activityId) {
        return !readsPortfolioOnly(actor) || activityInPortfolio(em, actor, activityId);
    }

    void requireManageActivity(EntityManager em, UserContext actor, long activityId) {
        if (managesPortfolioOnly(actor) && !activityInPortfolio(em, actor, activityId)) {
            throw new AccessDeniedException(CorePermissions.ACTIVITIES_MANAGE);
        }
    }

    /** The JPQL condition on {@code p} (a Person) that keeps a portfolio-only reader to their portfolio, or "". */
    String personFilter(UserContext actor, Map<String, Object> params) {
        if (!readsPortfolioOnly(actor)) {
            return "";
        }
        params.put("adviser", actor.userId());
        return " and (p.referentUserId = :adviser or p.referentUserId is null or p.userId = :adviser)";
    }

    /** The JPQL condition on {@code a} (an Activity) that keeps a portfolio-only reader to their portfolio, or "". */
    String activityFilter(UserContext actor, Map<String, Object> params) {
        return readsPortfolioOnly(actor) ? inPortfolio(actor, params) : "";
    }

    private static String inPortfolio(UserContext actor, Map<String, Object> params) {
        params.put("adviser", actor.userId());
        return " and exists (select m.id from ActivityMember m, Person p where m.activityId = a.id"
                + " and p.id = m.personId and (p.referentUserId = :adviser or p.referentUserId is null"
                + " or p.userId = :adviser))";
    }

    private static boolean activityInPortfolio(EntityManager em, UserContext actor, long activityId) {
        Map<String, Object> params = new HashMap<>();
        var query = em.createQuery("select count(a) from Activity a where a.id = :id"
                + inPortfolio(actor, params), Long.class).setParameter("id", activityId);
        params.forEach(query::setParameter);
        return query.getSingleResult() > 0;
    }

    private static boolean inPortfolio(UserContext actor, PersonEntity p) {
        return p.getReferentUserId() == null || p.getReferentUserId() == actor.userId();
    }

    private boolean managesPortfolioOnly(UserContext actor) {
        return heldToPortfolio(actor) && reach(actor) != AdviserReach.ALL;
    }

    private boolean readsPortfolioOnly(UserContext actor) {
        return heldToPortfolio(actor) && !actor.hasRole(CoreRoles.ACCOUNTANT) && reach(actor) == AdviserReach.PORTFOLIO;
    }

    private static boolean heldToPortfolio(UserContext actor) {
        return actor.hasRole(CoreRoles.ADVISER) && !actor.hasRole(CoreRoles.ADMINISTRATOR);
    }

    private AdviserReach reach(UserContext actor) {
        String value = settings.value(actor.cooperativeId(), AdviserReach.SETTING).orElse(AdviserReach.DEFAULT.name());
        try {
            return AdviserReach.valueOf(value);
        } catch (IllegalArgumentException e) {
            return AdviserReach.DEFAULT;
        }
    }
}
