package coop.essaim.api.people;

/**
 * Domain events of the people core, published after the change committed. Data: {@code personId}, and for
 * {@code core.path.changed} also {@code status} and {@code date}; {@code activityId} for activities.
 */
public final class PeopleEvents {
    public static final String PERSON_CREATED = "core.person.created";
    public static final String PERSON_UPDATED = "core.person.updated";
    public static final String PATH_CHANGED = "core.path.changed";
    public static final String REFERENT_CHANGED = "core.person.referent.changed";
    public static final String ACTIVITY_CREATED = "core.activity.created";
    public static final String ACTIVITY_MEMBERS_CHANGED = "core.activity.members.changed";
    public static final String ACTIVITY_CLOSED = "core.activity.closed";

    private PeopleEvents() {
    }
}
