package coop.essaim.accompaniment.internal.workshop;

import coop.essaim.accompaniment.api.AccompanimentPermissions;
import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.accompaniment.api.SignUp;
import coop.essaim.accompaniment.api.SignUpStatus;
import coop.essaim.accompaniment.internal.AccompanimentSettings;
import coop.essaim.accompaniment.internal.Messages;
import coop.essaim.accompaniment.internal.workshop.WorkshopReach.Level;
import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sign-ups, cancellations, confirmations and the waiting list. Every change first locks the session's row
 * ({@code SELECT ... FOR UPDATE}), then counts and writes in the same transaction: two sign-ups for the last seat,
 * or two cancellations promoting from the waiting list, follow one another, so the confirmed sign-ups never exceed
 * the capacity and each freed seat goes to exactly one waiting person, the first in queue order.
 */
final class SignUpDesk {

    private final ModuleStore store;
    private final People people;
    private final AuditTrail audit;
    private final CooperativeSettings settings;
    private final Clock clock;
    private final WorkshopReminders mail;

    SignUpDesk(ModuleStore store, People people, AuditTrail audit, CooperativeSettings settings, Clock clock,
               WorkshopReminders mail) {
        this.mail = mail;
        this.store = store;
        this.people = people;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    SignUp signUp(UserContext actor, long sessionId, long personId) {
        WorkshopReach reach = new WorkshopReach(people, actor);
        Level level = writable(actor, reach.of(personId), "personId");
        boolean self = level == Level.OWN;
        Person person = reach.person(personId).orElseThrow();
        boolean needsConfirmation = self && absences(actor.cooperativeId(), personId)
                >= AccompanimentSettings.noShowLimit(settings, actor.cooperativeId());
        LocalDateTime now = wallClock(actor);
        SignUp made = store.inTransaction(em -> {
            SessionEntity session = lockedOpen(em, actor, sessionId, now);
            WorkshopEntity workshop = em.find(WorkshopEntity.class, session.workshopId);
            if (self && workshop.audience != null && !workshop.audience.equals(person.statusCode())) {
                throw new ValidationException("sessionId", Messages.text(actor.locale(), "error.audience"));
            }
            List<SignUpEntity> existing = em.createQuery("select s from AccompanimentWorkshopSignUp s"
                            + " where s.sessionId = :session and s.personId = :person", SignUpEntity.class)
                    .setParameter("session", sessionId).setParameter("person", personId).getResultList();
            if (!existing.isEmpty() && existing.get(0).statusValue() != SignUpStatus.CANCELLED) {
                throw new ValidationException("personId", Messages.text(actor.locale(), "error.alreadySignedUp"));
            }
            SignUpStatus status = needsConfirmation ? SignUpStatus.PENDING
                    : confirmed(em, sessionId) < session.capacity ? SignUpStatus.CONFIRMED : SignUpStatus.WAITING;
            SignUpEntity s = existing.isEmpty() ? new SignUpEntity(actor.cooperativeId(), sessionId, personId,
                    utc(), actor.login()) : existing.get(0);
            s.queue(status, nextNumber(em, sessionId), !self);
            s.touched(utc(), actor.login());
            if (existing.isEmpty()) {
                em.persist(s);
            }
            em.flush();
            return WorkshopRecords.signUp(s);
        });
        audit.record(actor, "accompaniment.workshop.signed-up", "signup:" + made.id(),
                "session:" + sessionId + " person:" + personId + " " + made.status());
        return made;
    }

    SignUp cancel(UserContext actor, long signUpId) {
        SignUpEntity found = stored(actor, signUpId);
        writable(actor, new WorkshopReach(people, actor).of(found.personId), "signUpId");
        LocalDateTime now = wallClock(actor);
        List<Long> promoted = new ArrayList<>();
        SignUp cancelled = store.inTransaction(em -> {
            promoted.clear();   // filled again should the store retry the work
            SessionEntity session = lockedOpen(em, actor, found.sessionId, now);
            SignUpEntity s = em.find(SignUpEntity.class, signUpId);
            if (s.statusValue() == SignUpStatus.CANCELLED) {
                throw new ValidationException("signUpId", Messages.text(actor.locale(), "error.alreadyCancelled"));
            }
            s.status(SignUpStatus.CANCELLED);
            s.touched(utc(), actor.login());
            em.flush();
            promoted.addAll(promote(em, session, actor));
            return WorkshopRecords.signUp(s);
        });
        audit.record(actor, "accompaniment.workshop.cancelled", "signup:" + signUpId,
                "session:" + found.sessionId + " person:" + found.personId);
        promoted.forEach(id -> mail.seatConfirmed(actor.cooperativeId(), id));
        return cancelled;
    }

    SignUp confirm(UserContext actor, long signUpId) {
        SignUpEntity found = stored(actor, signUpId);
        if (writable(actor, new WorkshopReach(people, actor).of(found.personId), "signUpId") != Level.MANAGE) {
            throw new AccessDeniedException(AccompanimentPermissions.WORKSHOPS_MANAGE);
        }
        LocalDateTime now = wallClock(actor);
        SignUp confirmed = store.inTransaction(em -> {
            SessionEntity session = lockedOpen(em, actor, found.sessionId, now);
            SignUpEntity s = em.find(SignUpEntity.class, signUpId);
            if (s.statusValue() != SignUpStatus.PENDING) {
                throw new ValidationException("signUpId", Messages.text(actor.locale(), "error.notPending"));
            }
            s.status(confirmed(em, session.id) < session.capacity ? SignUpStatus.CONFIRMED : SignUpStatus.WAITING);
            s.touched(utc(), actor.login());
            return WorkshopRecords.signUp(s);
        });
        audit.record(actor, "accompaniment.workshop.confirmed", "signup:" + signUpId, confirmed.status().name());
        return confirmed;
    }

    SignUp recordAttendance(UserContext actor, long signUpId, Attendance attendance) {
        actor.require(AccompanimentPermissions.WORKSHOPS_ATTENDANCE);
        Messages m = new Messages(actor.locale());
        if (attendance == null) {
            throw new ValidationException("attendance", m.text("error.required"));
        }
        SignUpEntity found = stored(actor, signUpId);
        if (new WorkshopReach(people, actor).of(found.personId) == Level.NONE || !new WorkshopReach(people, actor)
                .team()) {
            throw new ValidationException("signUpId", m.text("error.notFound"));
        }
        LocalDateTime now = wallClock(actor);
        SignUp recorded = store.inTransaction(em -> {
            SessionEntity session = em.find(SessionEntity.class, found.sessionId);
            if (attendance != Attendance.EXPECTED && session.startAt.isAfter(now)) {
                throw new ValidationException("attendance", m.text("error.sessionAhead"));
            }
            SignUpEntity s = em.find(SignUpEntity.class, signUpId);
            if (s.statusValue() != SignUpStatus.CONFIRMED) {
                throw new ValidationException("signUpId", m.text("error.notConfirmed"));
            }
            s.attend(attendance);
            s.touched(utc(), actor.login());
            return WorkshopRecords.signUp(s);
        });
        audit.record(actor, "accompaniment.workshop.attendance", "signup:" + signUpId,
                "person:" + found.personId + " " + attendance.name());
        return recorded;
    }

    /** Absences without notice of a confirmed sign-up: what the no-show rule counts. */
    int absences(long cooperativeId, long personId) {
        return store.read(em -> em.createQuery("select count(s) from AccompanimentWorkshopSignUp s"
                        + " where s.cooperativeId = :coop and s.personId = :person and s.status = 'CONFIRMED'"
                        + " and s.attendance = 'ABSENT'", Long.class)
                .setParameter("coop", cooperativeId).setParameter("person", personId).getSingleResult()).intValue();
    }

    /** Fills the free seats from the waiting list, in queue order; returns the sign-ups promoted. */
    private List<Long> promote(EntityManager em, SessionEntity session, UserContext actor) {
        int free = session.capacity - confirmed(em, session.id);
        if (free <= 0) {
            return List.of();
        }
        List<SignUpEntity> waiting = em.createQuery("select s from AccompanimentWorkshopSignUp s where"
                        + " s.sessionId = :session and s.status = 'WAITING' order by s.queueNumber, s.id",
                SignUpEntity.class).setParameter("session", session.id).setMaxResults(free).getResultList();
        for (SignUpEntity s : waiting) {
            s.status(SignUpStatus.CONFIRMED);
            s.touched(utc(), actor.login());
            audit.record(actor, "accompaniment.workshop.promoted", "signup:" + s.id, "session:" + session.id
                    + " person:" + s.personId);
        }
        return waiting.stream().map(s -> s.id).toList();
    }

    private static int confirmed(EntityManager em, long sessionId) {
        return em.createQuery("select count(s) from AccompanimentWorkshopSignUp s where s.sessionId = :session"
                + " and s.status = 'CONFIRMED'", Long.class).setParameter("session", sessionId).getSingleResult()
                .intValue();
    }

    private static int nextNumber(EntityManager em, long sessionId) {
        Integer max = em.createQuery("select max(s.queueNumber) from AccompanimentWorkshopSignUp s"
                + " where s.sessionId = :session", Integer.class).setParameter("session", sessionId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** The session's row, locked until the transaction ends; refused once the session has started. */
    private static SessionEntity lockedOpen(EntityManager em, UserContext actor, long sessionId, LocalDateTime now) {
        SessionEntity session = Optional.ofNullable(em.find(SessionEntity.class, sessionId,
                        LockModeType.PESSIMISTIC_WRITE)).filter(s -> s.cooperativeId == actor.cooperativeId())
                .orElseThrow(() -> new ValidationException("sessionId", Messages.text(actor.locale(),
                        "error.notFound")));
        if (!session.startAt.isAfter(now)) {
            throw new ValidationException("sessionId", Messages.text(actor.locale(), "error.sessionStarted"));
        }
        return session;
    }

    /** A sign-up of the actor's cooperative; refused as not found otherwise. */
    SignUpEntity stored(UserContext actor, long signUpId) {
        return store.read(em -> Optional.ofNullable(em.find(SignUpEntity.class, signUpId))
                .filter(s -> s.cooperativeId == actor.cooperativeId())).orElseThrow(() ->
                new ValidationException("signUpId", Messages.text(actor.locale(), "error.notFound")));
    }

    private static Level writable(UserContext actor, Level level, String field) {
        if (level == Level.NONE) {
            throw new ValidationException(field, Messages.text(actor.locale(), "error.notFound"));
        }
        if (level == Level.READ) {
            throw new AccessDeniedException(AccompanimentPermissions.WORKSHOPS_MANAGE);
        }
        return level;
    }

    LocalDateTime wallClock(UserContext actor) {
        return LocalDateTime.now(clock.withZone(AccompanimentSettings.zone(settings, actor.cooperativeId())));
    }

    private LocalDateTime utc() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
