package coop.essaim.accompaniment.api;

import java.time.LocalDateTime;

/**
 * A dated session of a catalogue entry, with the seats taken ({@code confirmed}) and the waiting list's length.
 * {@code start} is the cooperative's wall-clock time. {@code agenda} and {@code minutes} serve the monthly
 * meetings (and any session that wants them); the minutes are written after the session.
 */
public record WorkshopSession(long id, long cooperativeId, long workshopId, WorkshopKind kind, String title,
                              LocalDateTime start, int durationMinutes, int capacity, boolean online,
                              Long establishmentId, String agenda, String minutes, int confirmed, int waiting) {

    public LocalDateTime end() {
        return start.plusMinutes(durationMinutes);
    }

    public int seatsLeft() {
        return Math.max(0, capacity - confirmed);
    }
}
