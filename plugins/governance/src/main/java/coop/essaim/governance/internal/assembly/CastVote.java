package coop.essaim.governance.internal.assembly;

import coop.essaim.governance.api.Choice;

/**
 * One associate's vote on a resolution as the roll shows it: who, in the room or online, and their choice, which is
 * null for a secret ballot (the choice was never stored with the voter).
 */
public record CastVote(long personId, String name, String channel, Choice choice) {
}
