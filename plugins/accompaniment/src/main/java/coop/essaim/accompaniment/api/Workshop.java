package coop.essaim.accompaniment.api;

import java.util.List;

/**
 * A catalogue entry. {@code audience} is the code of the path stage it is meant for (the path model in force),
 * null for everyone; {@code establishmentId} its usual site, null when {@code online}; {@code trainerUserIds}
 * the users who run it, staff or members. An inactive entry keeps its past sessions but gets no new one.
 */
public record Workshop(long id, long cooperativeId, WorkshopKind kind, String title, String description,
                       String audience, int durationMinutes, int capacity, boolean online, Long establishmentId,
                       List<Long> trainerUserIds, boolean active) {

    public Workshop {
        trainerUserIds = List.copyOf(trainerUserIds);
    }
}
