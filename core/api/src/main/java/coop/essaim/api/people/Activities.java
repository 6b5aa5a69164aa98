package coop.essaim.api.people;

import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Service: the activities of the actor's cooperative. Reading needs {@code core.activities.read}, writing
 * {@code core.activities.manage}; a user whose roles are entrepreneur only reaches the activities they are or
 * were a member of, whatever their permissions. Same errors, audit and events as {@link People}.
 */
public interface Activities {

    Activity create(UserContext actor, ActivityDetails details);

    /** The person joins on {@code from}; refused if they are a member already. */
    Activity addMember(UserContext actor, long activityId, long personId, LocalDate from);

    /** The person leaves on {@code until}; the membership stays in the history. */
    Activity removeMember(UserContext actor, long activityId, long personId, LocalDate until);

    /** Closes the activity on {@code end}: its current members leave on that date. */
    Activity close(UserContext actor, long activityId, LocalDate end);

    Optional<Activity> find(UserContext actor, long activityId);

    /**
     * The activity of the cooperative's own structure (analytic code {@code STRUCTURE}): the section of its shared
     * costs and of the contributions the activities transfer to it. It has no members, never closes and is left out
     * of {@link #list} and {@link #page}; empty for a user who may not read it (an entrepreneur).
     */
    Optional<Activity> structure(UserContext actor);

    /** Sorted by name. {@code personId} (null: everyone) keeps those the person is or was a member of. */
    List<Activity> list(UserContext actor, Long personId, ActivityStatus status);

    /** One page of the list, filtered and counted in the database, with the same reach as {@link #list}. */
    ResultPage<Activity> page(UserContext actor, ActivityQuery query);
}
