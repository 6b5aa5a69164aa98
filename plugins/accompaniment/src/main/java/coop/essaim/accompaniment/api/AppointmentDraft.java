package coop.essaim.accompaniment.api;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What an adviser fills in to schedule or change an appointment. {@code start} is the cooperative's wall-clock
 * time (its time-zone setting); {@code durationMinutes} 5 to 480; {@code establishmentId} the core's site, needed
 * when {@code mode} is on site; {@code adviserUserIds} one to five users holding the adviser or administrator
 * role; {@code topics} short free words ("prix", "premier devis"); {@code privateNotes} are read by advisers
 * only, {@code sharedNotes} and {@code nextSteps} by the person too.
 */
public record AppointmentDraft(long personId, LocalDateTime start, int durationMinutes, AppointmentMode mode,
                               Long establishmentId, List<Long> adviserUserIds, List<String> topics,
                               String privateNotes, String sharedNotes, String nextSteps) {

    public AppointmentDraft {
        adviserUserIds = adviserUserIds == null ? List.of() : List.copyOf(adviserUserIds);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
