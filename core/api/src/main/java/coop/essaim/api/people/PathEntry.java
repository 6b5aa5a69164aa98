package coop.essaim.api.people;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One dated step of a path, never changed once recorded. A transition enters {@code statusCode} on
 * {@code date}; when the status opens a contract, {@code contractKind} and (fixed term) {@code plannedEnd} say
 * which. A {@code renewal} keeps the status and pushes the planned end of the open contract of
 * {@code contractKind} to {@code plannedEnd}. {@code exitReason} is set on an exit.
 */
public record PathEntry(long id, long personId, String statusCode, LocalDate date, String contractKind,
                        LocalDate plannedEnd, boolean renewal, String exitReason, String details,
                        Instant recordedAt, String recordedBy) {
}
