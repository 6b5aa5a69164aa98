package coop.essaim.accompaniment.api;

import java.time.Instant;

/**
 * A person's sign-up to a session. {@code queueNumber} orders the sign-ups of one session (the waiting list is
 * promoted in that order); {@code attendance} is recorded on the day for confirmed sign-ups only.
 * {@code byAdviser} tells a sign-up made by the team from one made by the person themselves.
 */
public record SignUp(long id, long cooperativeId, long sessionId, long personId, SignUpStatus status,
                     Attendance attendance, int queueNumber, boolean byAdviser, Instant createdAt, String createdBy,
                     Instant updatedAt, String updatedBy) {
}
