package coop.essaim.invoicing.internal;

import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;

import java.util.List;
import java.util.Set;

/**
 * What every member of a cooperative may know of its activities: their names and brands, so a member can name
 * the activity an internal invoice is for. The core confines an entrepreneur to their own activities, so this
 * reads as the cooperative itself (no role, only the right to read activities) and hands out nothing but the
 * open activities' ids, names and brands.
 */
public final class ActivityDirectory {

    /** An open activity of the cooperative, as any member may see it. */
    public record Listed(long id, String name, String brand) {
    }

    private final Activities activities;

    public ActivityDirectory(Activities activities) {
        this.activities = activities;
    }

    public List<Listed> open(UserContext actor) {
        return activities.list(directoryReader(actor), null, ActivityStatus.ACTIVE).stream()
                .map(a -> new Listed(a.id(), a.name(), a.brand())).toList();
    }

    public boolean isOpen(UserContext actor, long activityId) {
        return activities.find(directoryReader(actor), activityId).map(Activity::status)
                .filter(s -> s == ActivityStatus.ACTIVE).isPresent();
    }

    private static UserContext directoryReader(UserContext actor) {
        return new UserContext(actor.userId(), actor.login(), actor.displayName(), actor.cooperativeId(), Set.of(),
                Set.of(CorePermissions.ACTIVITIES_READ), actor.locale());
    }
}
