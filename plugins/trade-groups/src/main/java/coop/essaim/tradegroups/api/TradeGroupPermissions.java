package coop.essaim.tradegroups.api;

/**
 * The permissions of trade-practice groups. Beyond them, the group's coordinator records its meetings and grid
 * editions, and its current members read it (members, meetings, notes, resources): both are facts of the group,
 * not grants.
 */
public final class TradeGroupPermissions {

    /** Create groups, set their coordinator, add and remove members; read and record for every group. */
    public static final String MANAGE = "tradegroups.manage";
    /** Read the published rate grids and the groups' names and trades, and join a group. */
    public static final String READ = "tradegroups.read";

    private TradeGroupPermissions() {
    }
}
