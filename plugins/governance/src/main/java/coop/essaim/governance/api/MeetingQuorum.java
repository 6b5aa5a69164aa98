package coop.essaim.governance.api;

/**
 * The quorum of a body's meeting: its members in mandate that day (each person once, whatever their roles), those
 * present, the percentage needed and whether the present reach it.
 */
public record MeetingQuorum(int members, int present, int percentNeeded, boolean reached) {
}
