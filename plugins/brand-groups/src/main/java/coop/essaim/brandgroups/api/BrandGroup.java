package coop.essaim.brandgroups.api;

import coop.essaim.api.people.ActivityMember;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A brand group: the core activity {@code activityId} (its analytic account) traded under {@code brand} by its
 * members, whose dated memberships ({@code members}, oldest first) are the activity's.
 */
public record BrandGroup(long id, long activityId, String activityName, String brand, List<ActivityMember> members,
                         LocalDateTime createdAt, String createdBy) {

    public BrandGroup {
        members = List.copyOf(members);
    }

    /** Those who are members now. */
    public List<Long> currentMemberIds() {
        return members.stream().filter(ActivityMember::current).map(ActivityMember::personId).distinct().toList();
    }
}
