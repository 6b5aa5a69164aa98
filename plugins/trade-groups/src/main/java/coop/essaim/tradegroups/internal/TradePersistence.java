package coop.essaim.tradegroups.internal;

import coop.essaim.api.persistence.PersistenceContribution;

import java.util.List;

/** The module's entities and the folder of its migrations. */
public final class TradePersistence implements PersistenceContribution {

    @Override
    public List<String> entityClassNames() {
        String p = "coop.essaim.tradegroups.internal.";
        return List.of(p + "group.GroupEntity", p + "group.CoordinatorEntity", p + "group.MembershipEntity",
                p + "meeting.MeetingEntity", p + "meeting.AttendanceEntity", p + "meeting.ResourceEntity",
                p + "grid.GridEntity", p + "grid.GridLineEntity");
    }

    @Override
    public String migrationFolder() {
        return "coop/essaim/tradegroups/migration";
    }
}
