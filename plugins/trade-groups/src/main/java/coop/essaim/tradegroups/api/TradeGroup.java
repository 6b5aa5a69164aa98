package coop.essaim.tradegroups.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A trade-practice group as its members and managers read it: its trade (a free label, like the core's activity
 * trade), its coordinator (a member's person id, null until one is set) and every membership, oldest first.
 */
public record TradeGroup(long id, String name, String trade, Long coordinatorId, List<GroupMember> members,
                         LocalDateTime createdAt, String createdBy) {

    public TradeGroup {
        members = List.copyOf(members);
    }

    /** The person ids of the members on {@code day}. */
    public List<Long> memberIdsOn(LocalDate day) {
        return members.stream().filter(m -> m.memberOn(day)).map(GroupMember::personId).distinct().toList();
    }

    /** The coordinator's name, as recorded when they joined; null without a coordinator. */
    public String coordinatorName() {
        return members.stream().filter(m -> coordinatorId != null && m.personId() == coordinatorId)
                .map(GroupMember::name).findFirst().orElse(null);
    }
}
