package coop.essaim.accompaniment.internal.workshop;

import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.accompaniment.api.SignUp;
import coop.essaim.accompaniment.api.SignUpStatus;
import coop.essaim.accompaniment.api.Workshop;
import coop.essaim.accompaniment.api.WorkshopKind;
import coop.essaim.accompaniment.api.WorkshopSession;
import jakarta.persistence.EntityManager;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** From rows to the API's records, with the seat counts of many sessions in one query. */
final class WorkshopRecords {

    private WorkshopRecords() {
    }

    static Workshop workshop(WorkshopEntity w) {
        List<Long> trainers = w.trainerUserIds.isBlank() ? List.of()
                : Arrays.stream(w.trainerUserIds.split("\n")).map(Long::valueOf).toList();
        return new Workshop(w.id, w.cooperativeId, WorkshopKind.valueOf(w.kind), w.title, w.description, w.audience,
                w.durationMinutes, w.capacity, w.online, w.establishmentId, trainers, w.active);
    }

    static SignUp signUp(SignUpEntity s) {
        return new SignUp(s.id, s.cooperativeId, s.sessionId, s.personId, SignUpStatus.valueOf(s.status),
                Attendance.valueOf(s.attendance), s.queueNumber, s.byAdviser, s.createdAt.toInstant(ZoneOffset.UTC),
                s.createdBy, s.updatedAt.toInstant(ZoneOffset.UTC), s.updatedBy);
    }

    static List<WorkshopSession> sessions(EntityManager em, List<SessionEntity> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(s -> s.id).toList();
        List<Long> workshopIds = found.stream().map(s -> s.workshopId).distinct().toList();
        Map<Long, WorkshopEntity> workshops = new HashMap<>();
        Map<Long, int[]> counts = new HashMap<>();
        for (int i = 0; i < workshopIds.size(); i += 500) {
            em.createQuery("select w from AccompanimentWorkshop w where w.id in :ids", WorkshopEntity.class)
                    .setParameter("ids", workshopIds.subList(i, Math.min(workshopIds.size(), i + 500)))
                    .getResultList().forEach(w -> workshops.put(w.id, w));
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            rows.addAll(em.createQuery("select s.sessionId, s.status, count(s) from AccompanimentWorkshopSignUp s"
                            + " where s.sessionId in :ids and s.status in ('CONFIRMED', 'WAITING')"
                            + " group by s.sessionId, s.status", Object[].class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500))).getResultList());
        }
        for (Object[] r : rows) {
            int[] c = counts.computeIfAbsent((Long) r[0], k -> new int[2]);
            c["CONFIRMED".equals(r[1]) ? 0 : 1] = ((Number) r[2]).intValue();
        }
        return found.stream().map(s -> session(s, workshops.get(s.workshopId),
                counts.getOrDefault(s.id, new int[2]))).toList();
    }

    private static WorkshopSession session(SessionEntity s, WorkshopEntity w, int[] counts) {
        return new WorkshopSession(s.id, s.cooperativeId, s.workshopId, WorkshopKind.valueOf(w.kind), w.title,
                s.startAt, s.durationMinutes, s.capacity, s.online, s.establishmentId, s.agenda, s.minutes,
                counts[0], counts[1]);
    }
}
