package coop.essaim.tradegroups.api;

/** A member of the group on the meeting's day, and whether they came. */
public record Attendance(long personId, String name, boolean present) {
}
