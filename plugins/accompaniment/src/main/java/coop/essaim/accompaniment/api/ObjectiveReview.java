package coop.essaim.accompaniment.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One review of an objective, never changed afterwards: the day, the appointment it was made at (if any), the
 * status it left the objective in, what was said, and who wrote it when.
 */
public record ObjectiveReview(long id, long objectiveId, LocalDate reviewedOn, Long appointmentId,
                              ObjectiveStatus status, String note, String reviewedBy, Instant recordedAt) {
}
