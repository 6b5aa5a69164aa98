package coop.essaim.api.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The economic unit with its own accounts. {@code members} is the whole membership history, oldest first;
 * {@link #memberIds()} those who are members now.
 */
public record Activity(long id, long cooperativeId, String name, String brand, String trade, LocalDate start,
                       LocalDate end, ActivityStatus status, String analyticCode, List<ActivityMember> members,
                       Instant createdAt) {

    public Activity {
        members = List.copyOf(members);
    }

    public List<Long> memberIds() {
        return members.stream().filter(ActivityMember::current).map(ActivityMember::personId).distinct().toList();
    }
}
