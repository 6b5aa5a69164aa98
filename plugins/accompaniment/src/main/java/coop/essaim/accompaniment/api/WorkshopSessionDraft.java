package coop.essaim.accompaniment.api;

import java.time.LocalDateTime;

/**
 * A session to plan: its catalogue entry, its start (the cooperative's wall-clock time), and what it changes from
 * the entry: duration, capacity, online or site (null: the entry's). The agenda is optional.
 */
public record WorkshopSessionDraft(long workshopId, LocalDateTime start, Integer durationMinutes, Integer capacity,
                                   Boolean online, Long establishmentId, String agenda) {
}
