package coop.essaim.tradegroups.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting to record: its day, the month's theme, the member who presents their activity (may be null), the
 * shared notes, the members present (only for a meeting on or before today: the others of the day are recorded
 * absent) and the resources shared. Any field may be null: the service names what is missing.
 */
public record MeetingDraft(LocalDate date, String theme, Long presenterId, String notes, List<Long> present,
                           List<Resource> resources) {

    public MeetingDraft {
        present = present == null ? List.of() : List.copyOf(present);
        resources = resources == null ? List.of() : List.copyOf(resources);
    }
}
