package coop.essaim.invoicing.internal;

import coop.essaim.api.ledger.ActivityAccess;
import coop.essaim.api.people.Activities;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.InvoicingPermissions;

import java.util.Set;

/**
 * Which activities' customers and invoices a user reaches: every activity of their cooperative with
 * {@link InvoicingPermissions#VIEW_ALL}, otherwise those they are a member of. Anything out of reach is reported
 * exactly like something that does not exist, so an id of another activity reveals nothing.
 */
public final class Reach {

    private final ActivityAccess access;
    private final Activities activities;

    public Reach(ActivityAccess access, Activities activities) {
        this.access = access;
        this.activities = activities;
    }

    public boolean reachesAll(UserContext actor) {
        return actor.can(InvoicingPermissions.VIEW_ALL);
    }

    /** The activities a user without {@link InvoicingPermissions#VIEW_ALL} reaches. */
    public Set<Long> own(UserContext actor) {
        return access.activitiesOf(actor);
    }

    public boolean reaches(UserContext actor, long activityId) {
        if (!actor.can(InvoicingPermissions.VIEW)) {
            return false;
        }
        return reachesAll(actor) ? activities.find(actor, activityId).isPresent() : own(actor).contains(activityId);
    }

    /** Refuses, as "not found" on {@code field}, an activity the user does not reach. */
    public void requireActivity(UserContext actor, long activityId, String field) {
        actor.require(InvoicingPermissions.VIEW);
        if (!reaches(actor, activityId)) {
            throw notFound(actor, field);
        }
    }

    public static ValidationException notFound(UserContext actor, String field) {
        return new ValidationException(field, Messages.text(actor.locale(), "error.notFound"));
    }
}
