package coop.essaim.api.people;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a person's referent history: from {@code from} their referent adviser is the user
 * {@code adviserUserId} (null: none any more), for {@code reason}. Lines are never changed.
 */
public record ReferentAssignment(long id, long personId, Long adviserUserId, LocalDate from, String reason,
                                 Instant recordedAt, String recordedBy) {
}
