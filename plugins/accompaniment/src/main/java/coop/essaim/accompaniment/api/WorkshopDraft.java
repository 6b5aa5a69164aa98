package coop.essaim.accompaniment.api;

import java.util.List;

/**
 * What the team fills in for a catalogue entry: a title (at most 120 characters), a description (at most 4000),
 * the audience (a stage code of the path model in force, or null for all; a monthly meeting is always for all),
 * a duration of 15 to 600 minutes, a capacity of 1 to 500, online or at a site of the cooperative, one to five
 * trainers (users of the cooperative).
 */
public record WorkshopDraft(WorkshopKind kind, String title, String description, String audience,
                            int durationMinutes, int capacity, boolean online, Long establishmentId,
                            List<Long> trainerUserIds, boolean active) {

    public WorkshopDraft {
        trainerUserIds = trainerUserIds == null ? List.of() : List.copyOf(trainerUserIds);
    }
}
