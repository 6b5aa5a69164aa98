package coop.essaim.accompaniment.internal.appointment;

import coop.essaim.accompaniment.api.AccompanimentPermissions;
import coop.essaim.accompaniment.api.Appointment;
import coop.essaim.accompaniment.api.AppointmentDraft;
import coop.essaim.accompaniment.api.AppointmentMode;
import coop.essaim.accompaniment.api.Appointments;
import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.accompaniment.internal.AccompanimentSettings;
import coop.essaim.accompaniment.internal.Messages;
import coop.essaim.accompaniment.internal.appointment.AppointmentReach.Reach;
import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.people.People;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.api.user.UserDirectory;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The appointments over the module's store, with the reach rules of {@link AppointmentReach}. */
public final class AppointmentBook implements Appointments {

    private final ModuleStore store;
    private final People people;
    private final AppointmentRules rules;
    private final AuditTrail audit;
    private final CooperativeSettings settings;
    private final Clock clock;

    public AppointmentBook(ModuleStore store, People people, UserDirectory users, AuditTrail audit,
                           CooperativeSettings settings, Clock clock) {
        this.store = store;
        this.people = people;
        this.rules = new AppointmentRules(people, users);
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Appointment schedule(UserContext actor, AppointmentDraft draft) {
        manageable(actor, draft.personId(), "personId");
        AppointmentDraft checked = rules.check(actor, draft);
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Appointment created = store.inTransaction(em -> {
            AppointmentEntity a = new AppointmentEntity(actor.cooperativeId(), checked.personId(), now, actor.login());
            a.plan(checked);
            em.persist(a);
            em.flush();
            for (Long adviser : checked.adviserUserIds()) {
                em.persist(new AppointmentAdviserEntity(a.id, adviser, actor.cooperativeId()));
            }
            return toRecord(a, checked.adviserUserIds(), true);
        });
        audit.record(actor, "accompaniment.appointment.scheduled", "appointment:" + created.id(),
                "person:" + created.personId() + " " + created.start());
        return created;
    }

    @Override
    public Appointment update(UserContext actor, long appointmentId, AppointmentDraft draft) {
        long personId = stored(actor, appointmentId).personId;
        manageable(actor, personId, "appointment");
        AppointmentDraft checked = rules.check(actor, new AppointmentDraft(personId, draft.start(),
                draft.durationMinutes(), draft.mode(), draft.establishmentId(), draft.adviserUserIds(), draft.topics(),
                draft.privateNotes(), draft.sharedNotes(), draft.nextSteps()));
        Appointment changed = store.inTransaction(em -> {
            AppointmentEntity a = em.find(AppointmentEntity.class, appointmentId);
            a.plan(checked);
            touch(a, actor);
            em.createQuery("delete from AccompanimentAppointmentAdviser x where x.appointmentId = :id")
                    .setParameter("id", appointmentId).executeUpdate();
            for (Long adviser : checked.adviserUserIds()) {
                em.persist(new AppointmentAdviserEntity(appointmentId, adviser, actor.cooperativeId()));
            }
            return toRecord(a, checked.adviserUserIds(), true);
        });
        audit.record(actor, "accompaniment.appointment.changed", "appointment:" + appointmentId,
                "person:" + personId + " " + changed.start());
        return changed;
    }

    @Override
    public Appointment recordAttendance(UserContext actor, long appointmentId, Attendance attendance) {
        Messages m = new Messages(actor.locale());
        if (attendance == null) {
            throw new ValidationException("attendance", m.text("error.required"));
        }
        AppointmentEntity found = stored(actor, appointmentId);
        manageable(actor, found.personId, "appointment");
        LocalDateTime now = LocalDateTime.now(clock.withZone(AccompanimentSettings.zone(settings,
                actor.cooperativeId())));
        if (attendance != Attendance.EXPECTED && found.startAt.isAfter(now)) {
            throw new ValidationException("attendance", m.text("error.attendanceAhead"));
        }
        Appointment changed = store.inTransaction(em -> {
            AppointmentEntity a = em.find(AppointmentEntity.class, appointmentId);
            a.attend(attendance);
            touch(a, actor);
            return toRecord(a, advisers(em, List.of(appointmentId)).getOrDefault(appointmentId, List.of()), true);
        });
        audit.record(actor, "accompaniment.appointment.attendance", "appointment:" + appointmentId,
                "person:" + found.personId + " " + attendance.name());
        return changed;
    }

    @Override
    public Optional<Appointment> find(UserContext actor, long appointmentId) {
        AppointmentReach reach = new AppointmentReach(people, actor);
        return store.read(em -> Optional.ofNullable(em.find(AppointmentEntity.class, appointmentId))
                .filter(a -> a.cooperativeId == actor.cooperativeId())
                .flatMap(a -> reach.of(a.personId).map(r -> toRecord(a, advisers(em, List.of(a.id))
                        .getOrDefault(a.id, List.of()), r.manage()))));
    }

    @Override
    public List<Appointment> ofPerson(UserContext actor, long personId) {
        Optional<Reach> reach = new AppointmentReach(people, actor).of(personId);
        if (reach.isEmpty()) {
            return List.of();
        }
        boolean manage = reach.get().manage();
        return store.read(em -> records(em, em.createQuery("select a from AccompanimentAppointment a"
                        + " where a.cooperativeId = :coop and a.personId = :person order by a.startAt, a.id",
                AppointmentEntity.class).setParameter("coop", actor.cooperativeId()).setParameter("person", personId)
                .getResultList(), a -> manage));
    }

    @Override
    public List<Appointment> own(UserContext actor) {
        actor.require(AccompanimentPermissions.VIEW_OWN);
        return new AppointmentReach(people, actor).ownFile().map(p -> ofPerson(actor, p.id())).orElse(List.of());
    }

    @Override
    public List<Appointment> ofAdviser(UserContext actor, long adviserUserId, LocalDate from, LocalDate to) {
        actor.require(AccompanimentPermissions.READ);
        if (adviserUserId != actor.userId()) {
            actor.require(AccompanimentPermissions.MANAGE);
        }
        AppointmentReach reach = new AppointmentReach(people, actor);
        List<AppointmentEntity> found = store.read(em -> em.createQuery("select a from AccompanimentAppointment a"
                        + " where a.cooperativeId = :coop and a.startAt >= :from and a.startAt < :to and exists"
                        + " (select x from AccompanimentAppointmentAdviser x where x.appointmentId = a.id"
                        + " and x.adviserUserId = :adviser) order by a.startAt, a.id", AppointmentEntity.class)
                .setParameter("coop", actor.cooperativeId()).setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay()).setParameter("adviser", adviserUserId)
                .getResultList());
        List<AppointmentEntity> readable = found.stream().filter(a -> reach.of(a.personId).isPresent()).toList();
        return store.read(em -> records(em, readable, a -> reach.of(a.personId).map(Reach::manage).orElse(false)));
    }

    @Override
    public List<Appointment> atSite(UserContext actor, long establishmentId, LocalDate from, LocalDate to) {
        actor.require(AccompanimentPermissions.READ);
        AppointmentReach reach = new AppointmentReach(people, actor);
        List<AppointmentEntity> found = store.read(em -> em.createQuery("select a from AccompanimentAppointment a"
                        + " where a.cooperativeId = :coop and a.establishmentId = :site and a.startAt >= :from"
                        + " and a.startAt < :to order by a.startAt, a.id", AppointmentEntity.class)
                .setParameter("coop", actor.cooperativeId()).setParameter("site", establishmentId)
                .setParameter("from", from.atStartOfDay()).setParameter("to", to.plusDays(1).atStartOfDay())
                .getResultList());
        List<AppointmentEntity> readable = found.stream().filter(a -> reach.of(a.personId).isPresent()).toList();
        return store.read(em -> records(em, readable, a -> reach.of(a.personId).map(Reach::manage).orElse(false)));
    }

    /** A person's appointment as the portfolio counts it: when, and whether the person came. */
    public record Held(LocalDateTime start, Attendance attendance) {
    }

    /**
     * The appointments of each person, without their notes, for the portfolio: a few queries whatever the
     * count. The caller has already checked that the actor reads these people.
     */
    public Map<Long, List<Held>> heldByPerson(UserContext actor, List<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return store.read(em -> {
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < personIds.size(); i += 500) {
                rows.addAll(em.createQuery("select a.personId, a.startAt, a.attendance from AccompanimentAppointment a"
                                + " where a.cooperativeId = :coop and a.personId in :people", Object[].class)
                        .setParameter("coop", actor.cooperativeId())
                        .setParameter("people", personIds.subList(i, Math.min(personIds.size(), i + 500)))
                        .getResultList());
            }
            return rows.stream().collect(Collectors.groupingBy(r -> (Long) r[0], Collectors.mapping(
                    r -> new Held((LocalDateTime) r[1], Attendance.valueOf((String) r[2])), Collectors.toList())));
        });
    }

    private void manageable(UserContext actor, long personId, String field) {
        new AppointmentReach(people, actor).managed(personId, field);
    }

    /** The appointment of the actor's cooperative that the actor may read; refused as not found otherwise. */
    private AppointmentEntity stored(UserContext actor, long appointmentId) {
        AppointmentReach reach = new AppointmentReach(people, actor);
        return store.read(em -> Optional.ofNullable(em.find(AppointmentEntity.class, appointmentId))
                        .filter(a -> a.cooperativeId == actor.cooperativeId())
                        .filter(a -> reach.of(a.personId).isPresent()))
                .orElseThrow(() -> new ValidationException("appointment",
                        Messages.text(actor.locale(), "error.notFound")));
    }

    private void touch(AppointmentEntity a, UserContext actor) {
        a.touched(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)), actor.login());
    }

    private interface PrivateNotes {
        boolean shown(AppointmentEntity a);
    }

    private static List<Appointment> records(EntityManager em, List<AppointmentEntity> found, PrivateNotes shown) {
        Map<Long, List<Long>> advisers = advisers(em, found.stream().map(a -> a.id).toList());
        return found.stream().map(a -> toRecord(a, advisers.getOrDefault(a.id, List.of()), shown.shown(a))).toList();
    }

    private static Map<Long, List<Long>> advisers(EntityManager em, List<Long> appointmentIds) {
        if (appointmentIds.isEmpty()) {
            return Map.of();
        }
        List<AppointmentAdviserEntity> rows = new ArrayList<>();
        for (int i = 0; i < appointmentIds.size(); i += 500) {
            rows.addAll(em.createQuery("select x from AccompanimentAppointmentAdviser x where x.appointmentId in :ids",
                            AppointmentAdviserEntity.class)
                    .setParameter("ids", appointmentIds.subList(i, Math.min(appointmentIds.size(), i + 500)))
                    .getResultList());
        }
        return rows.stream().sorted(Comparator.comparingLong(x -> x.adviserUserId))
                .collect(Collectors.groupingBy(x -> x.appointmentId,
                        Collectors.mapping(x -> x.adviserUserId, Collectors.toList())));
    }

    private static Appointment toRecord(AppointmentEntity a, List<Long> advisers, boolean privateNotesShown) {
        List<String> topics = a.topics == null ? List.of() : Arrays.asList(a.topics.split("\n"));
        return new Appointment(a.id, a.cooperativeId, a.personId, a.startAt, a.durationMinutes,
                AppointmentMode.valueOf(a.mode), a.establishmentId, advisers.stream().sorted().toList(), topics,
                privateNotesShown ? a.privateNotes : null, privateNotesShown, a.sharedNotes, a.nextSteps,
                Attendance.valueOf(a.attendance), a.createdAt.toInstant(ZoneOffset.UTC), a.createdBy,
                a.updatedAt.toInstant(ZoneOffset.UTC), a.updatedBy);
    }
}
