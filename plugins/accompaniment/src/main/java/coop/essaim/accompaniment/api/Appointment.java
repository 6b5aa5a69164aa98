package coop.essaim.accompaniment.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An appointment as the reader may see it. {@code privateNotes} is null unless the reader may manage the
 * person's appointments ({@link #privateNotesShown()}): an entrepreneur never receives them, not even empty.
 * {@code start} is the cooperative's wall-clock time; {@code updatedAt}/{@code updatedBy} the last change
 * (attendance included).
 */
public record Appointment(long id, long cooperativeId, long personId, LocalDateTime start, int durationMinutes,
                          AppointmentMode mode, Long establishmentId, List<Long> adviserUserIds,
                          List<String> topics, String privateNotes, boolean privateNotesShown, String sharedNotes,
                          String nextSteps, Attendance attendance, Instant createdAt, String createdBy,
                          Instant updatedAt, String updatedBy) {

    public Appointment {
        adviserUserIds = List.copyOf(adviserUserIds);
        topics = List.copyOf(topics);
    }

    public LocalDateTime end() {
        return start.plusMinutes(durationMinutes);
    }
}
