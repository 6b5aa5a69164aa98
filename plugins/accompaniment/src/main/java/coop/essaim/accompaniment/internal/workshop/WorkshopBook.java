package coop.essaim.accompaniment.internal.workshop;

import coop.essaim.accompaniment.api.AccompanimentPermissions;
import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.accompaniment.api.AttendanceRecord;
import coop.essaim.accompaniment.api.SignUp;
import coop.essaim.accompaniment.api.SignUpStatus;
import coop.essaim.accompaniment.api.Workshop;
import coop.essaim.accompaniment.api.WorkshopDraft;
import coop.essaim.accompaniment.api.WorkshopSession;
import coop.essaim.accompaniment.api.WorkshopSessionDraft;
import coop.essaim.accompaniment.api.Workshops;
import coop.essaim.accompaniment.internal.Messages;
import coop.essaim.accompaniment.internal.workshop.WorkshopReach.Level;
import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.people.People;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.api.user.UserDirectory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The catalogue and its sessions over the module's store; sign-ups go through {@link SignUpDesk}. */
public final class WorkshopBook implements Workshops {

    private final ModuleStore store;
    private final People people;
    private final WorkshopRules rules;
    private final SignUpDesk desk;
    private final AuditTrail audit;
    private final Clock clock;

    public WorkshopBook(ModuleStore store, People people, UserDirectory users, AuditTrail audit,
                        CooperativeSettings settings, Clock clock, WorkshopReminders mail) {
        this.store = store;
        this.people = people;
        this.rules = new WorkshopRules(people, users);
        this.desk = new SignUpDesk(store, people, audit, settings, clock, mail);
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Workshop create(UserContext actor, WorkshopDraft draft) {
        actor.require(AccompanimentPermissions.WORKSHOPS_MANAGE);
        WorkshopDraft checked = rules.check(actor, draft);
        Workshop created = store.inTransaction(em -> {
            WorkshopEntity w = new WorkshopEntity(actor.cooperativeId(), utc(), actor.login());
            w.define(checked);
            em.persist(w);
            em.flush();
            return WorkshopRecords.workshop(w);
        });
        audit.record(actor, "accompaniment.workshop.created", "workshop:" + created.id(), created.title());
        return created;
    }

    @Override
    public Workshop update(UserContext actor, long workshopId, WorkshopDraft draft) {
        actor.require(AccompanimentPermissions.WORKSHOPS_MANAGE);
        find(actor, workshopId).orElseThrow(() -> notFound(actor, "workshopId"));
        WorkshopDraft checked = rules.check(actor, draft);
        Workshop changed = store.inTransaction(em -> {
            WorkshopEntity w = em.find(WorkshopEntity.class, workshopId);
            w.define(checked);
            w.touched(utc(), actor.login());
            return WorkshopRecords.workshop(w);
        });
        audit.record(actor, "accompaniment.workshop.changed", "workshop:" + workshopId, changed.title());
        return changed;
    }

    @Override
    public List<Workshop> catalogue(UserContext actor, boolean withInactive) {
        actor.require(AccompanimentPermissions.WORKSHOPS_VIEW);
        boolean all = withInactive && actor.can(AccompanimentPermissions.WORKSHOPS_MANAGE);
        return store.read(em -> em.createQuery("select w from AccompanimentWorkshop w where w.cooperativeId = :coop"
                                + (all ? "" : " and w.active = true") + " order by w.kind desc, w.title, w.id",
                        WorkshopEntity.class).setParameter("coop", actor.cooperativeId()).getResultList().stream()
                .map(WorkshopRecords::workshop).toList());
    }

    @Override
    public Optional<Workshop> find(UserContext actor, long workshopId) {
        actor.require(AccompanimentPermissions.WORKSHOPS_VIEW);
        return store.read(em -> Optional.ofNullable(em.find(WorkshopEntity.class, workshopId))
                .filter(w -> w.cooperativeId == actor.cooperativeId())
                .filter(w -> w.active || actor.can(AccompanimentPermissions.WORKSHOPS_MANAGE))
                .map(WorkshopRecords::workshop));
    }

    @Override
    public WorkshopSession plan(UserContext actor, WorkshopSessionDraft draft) {
        actor.require(AccompanimentPermissions.WORKSHOPS_MANAGE);
        WorkshopEntity workshop = store.read(em -> Optional.ofNullable(em.find(WorkshopEntity.class,
                draft.workshopId())).filter(w -> w.cooperativeId == actor.cooperativeId()).orElse(null));
        WorkshopSessionDraft checked = rules.check(actor, draft, workshop);
        WorkshopSession planned = store.inTransaction(em -> {
            SessionEntity s = new SessionEntity(actor.cooperativeId(), checked.workshopId(), actor.userId(), utc(),
                    actor.login());
            s.schedule(checked.start(), checked.durationMinutes(), checked.capacity(), checked.online(),
                    checked.establishmentId(), checked.agenda());
            em.persist(s);
            em.flush();
            return WorkshopRecords.sessions(em, List.of(s)).get(0);
        });
        audit.record(actor, "accompaniment.workshop.session-planned", "session:" + planned.id(),
                "workshop:" + planned.workshopId() + " " + planned.start());
        return planned;
    }

    @Override
    public WorkshopSession describe(UserContext actor, long sessionId, String agenda, String minutes) {
        actor.require(AccompanimentPermissions.WORKSHOPS_MANAGE);
        WorkshopSession current = session(actor, sessionId).orElseThrow(() -> notFound(actor, "sessionId"));
        String agendaText = WorkshopRules.text(actor, "agenda", agenda);
        String minutesText = WorkshopRules.text(actor, "minutes", minutes);
        if (minutesText != null && current.start().isAfter(desk.wallClock(actor))) {
            throw new ValidationException("minutes", Messages.text(actor.locale(), "error.sessionAhead"));
        }
        WorkshopSession changed = store.inTransaction(em -> {
            SessionEntity s = em.find(SessionEntity.class, sessionId);
            s.describe(agendaText, minutesText);
            s.touched(utc(), actor.login());
            return WorkshopRecords.sessions(em, List.of(s)).get(0);
        });
        audit.record(actor, "accompaniment.workshop.session-described", "session:" + sessionId, "");
        return changed;
    }

    @Override
    public Optional<WorkshopSession> session(UserContext actor, long sessionId) {
        actor.require(AccompanimentPermissions.WORKSHOPS_VIEW);
        return store.read(em -> Optional.ofNullable(em.find(SessionEntity.class, sessionId))
                .filter(s -> s.cooperativeId == actor.cooperativeId())
                .map(s -> WorkshopRecords.sessions(em, List.of(s)).get(0)));
    }

    @Override
    public List<WorkshopSession> sessions(UserContext actor, LocalDate from, LocalDate to, Long siteId) {
        actor.require(AccompanimentPermissions.WORKSHOPS_VIEW);
        return store.read(em -> {
            var query = em.createQuery("select s from AccompanimentWorkshopSession s where s.cooperativeId = :coop"
                            + " and s.startAt >= :from and s.startAt < :to"
                            + (siteId == null ? "" : " and s.establishmentId = :site") + " order by s.startAt, s.id",
                    SessionEntity.class).setParameter("coop", actor.cooperativeId())
                    .setParameter("from", from.atStartOfDay()).setParameter("to", to.plusDays(1).atStartOfDay());
            if (siteId != null) {
                query.setParameter("site", siteId);
            }
            return WorkshopRecords.sessions(em, query.getResultList());
        });
    }

    @Override
    public SignUp signUp(UserContext actor, long sessionId, long personId) {
        return desk.signUp(actor, sessionId, personId);
    }

    @Override
    public SignUp cancel(UserContext actor, long signUpId) {
        return desk.cancel(actor, signUpId);
    }

    @Override
    public SignUp confirm(UserContext actor, long signUpId) {
        return desk.confirm(actor, signUpId);
    }

    @Override
    public SignUp recordAttendance(UserContext actor, long signUpId, Attendance attendance) {
        return desk.recordAttendance(actor, signUpId, attendance);
    }

    @Override
    public Optional<SignUp> findSignUp(UserContext actor, long signUpId) {
        Optional<SignUpEntity> found = store.read(em -> Optional.ofNullable(em.find(SignUpEntity.class, signUpId))
                .filter(s -> s.cooperativeId == actor.cooperativeId()));
        return found.filter(s -> new WorkshopReach(people, actor).of(s.personId) != Level.NONE)
                .map(WorkshopRecords::signUp);
    }

    @Override
    public List<SignUp> signUps(UserContext actor, long sessionId) {
        actor.require(AccompanimentPermissions.WORKSHOPS_MANAGE);
        if (!new WorkshopReach(people, actor).team()) {
            throw new AccessDeniedException(AccompanimentPermissions.WORKSHOPS_MANAGE);
        }
        return store.read(em -> em.createQuery("select s from AccompanimentWorkshopSignUp s where"
                        + " s.cooperativeId = :coop and s.sessionId = :session order by s.queueNumber, s.id",
                SignUpEntity.class).setParameter("coop", actor.cooperativeId()).setParameter("session", sessionId)
                .getResultList().stream().map(WorkshopRecords::signUp).toList());
    }

    @Override
    public List<SignUp> own(UserContext actor) {
        actor.require(AccompanimentPermissions.WORKSHOPS_VIEW);
        return new WorkshopReach(people, actor).ownFile().map(p -> ofPerson(actor, p.id())).orElse(List.of());
    }

    @Override
    public List<SignUp> ofPerson(UserContext actor, long personId) {
        if (new WorkshopReach(people, actor).of(personId) == Level.NONE) {
            return List.of();
        }
        return store.read(em -> em.createQuery("select s from AccompanimentWorkshopSignUp s,"
                        + " AccompanimentWorkshopSession x where x.id = s.sessionId and s.cooperativeId = :coop"
                        + " and s.personId = :person order by x.startAt desc, s.id", SignUpEntity.class)
                .setParameter("coop", actor.cooperativeId()).setParameter("person", personId).getResultList()
                .stream().map(WorkshopRecords::signUp).toList());
    }

    @Override
    public AttendanceRecord attendance(UserContext actor, long personId) {
        List<SignUp> all = ofPerson(actor, personId);
        return new AttendanceRecord(personId, count(all, Attendance.PRESENT), count(all, Attendance.EXCUSED),
                count(all, Attendance.ABSENT));
    }

    /** The cooperative's wall-clock time now: what "has started" is measured against. */
    public LocalDateTime now(UserContext actor) {
        return desk.wallClock(actor);
    }

    /** Absences without notice the no-show rule counts; the caller has checked the reach. */
    public int absences(UserContext actor, long personId) {
        return desk.absences(actor.cooperativeId(), personId);
    }

    private static int count(List<SignUp> all, Attendance attendance) {
        return (int) all.stream().filter(s -> s.status() == SignUpStatus.CONFIRMED)
                .filter(s -> s.attendance() == attendance).count();
    }

    private static ValidationException notFound(UserContext actor, String field) {
        return new ValidationException(field, Messages.text(actor.locale(), "error.notFound"));
    }

    private LocalDateTime utc() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
