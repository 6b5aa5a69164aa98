package coop.essaim.tradegroups.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A recorded meeting. {@code attendance} has every member of the group on its day (empty for a meeting ahead);
 * {@code presenterName} as recorded when the presenter joined.
 */
public record Meeting(long id, long groupId, LocalDate date, String theme, Long presenterId, String presenterName,
                      String notes, List<Attendance> attendance, List<Resource> resources, LocalDateTime recordedAt,
                      String recordedBy) {

    public Meeting {
        attendance = List.copyOf(attendance);
        resources = List.copyOf(resources);
    }

    public long presentCount() {
        return attendance.stream().filter(Attendance::present).count();
    }
}
