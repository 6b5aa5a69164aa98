package coop.essaim.treasuryadvances.api;

import java.time.Instant;

/** One board member's vote on an advance. */
public record Vote(long advanceId, long voterUserId, String voterName, VoteChoice choice, String comment,
                   Instant votedAt) {
}
