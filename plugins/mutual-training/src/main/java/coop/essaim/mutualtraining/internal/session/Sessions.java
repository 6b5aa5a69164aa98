package coop.essaim.mutualtraining.internal.session;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.user.UserDirectory;
import coop.essaim.mutualtraining.api.MutualTrainingPermissions;
import coop.essaim.mutualtraining.api.Session;
import coop.essaim.mutualtraining.internal.Messages;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Sessions held, their attendance and evaluations, the hours each member followed in a year (their training
 * rights), the yearly export for the training organisation's report. The trainer records their own session and
 * reads its attendees; the record keepers read every session; a member reads the sessions they attended. An
 * internal trainer's time is recorded as contributed to the cooperative.
 */
public final class Sessions {

    /** The attendees recorded with a session: user ids, present or absent. */
    public record NewSession(Long offerId, String title, LocalDate heldOn, BigDecimal hours, String site,
                             Map<Long, Boolean> attendees) {
    }

    /** A member's hours in a year: sessions attended and their hours. */
    public record Hours(long memberUserId, String memberName, int year, int sessions, BigDecimal hours) {
    }

    private final ModuleStore store;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final Clock clock;

    public Sessions(ModuleStore store, UserDirectory users, AuditTrail audit, Clock clock) {
        this.store = store;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Recorded by its trainer, the actor; held today or before. */
    public Session record(UserContext actor, NewSession s) {
        actor.require(MutualTrainingPermissions.MEMBER);
        Messages m = new Messages(actor.locale());
        List<FieldError> errors = new ArrayList<>();
        if (s.title() == null || s.title().isBlank() || s.title().length() > 200) {
            errors.add(new FieldError("title", m.text("error.required")));
        }
        if (s.heldOn() == null || s.heldOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("heldOn", m.text("error.heldOn")));
        }
        if (s.hours() == null || s.hours().signum() <= 0 || s.hours().scale() > 2
                || s.hours().compareTo(new BigDecimal("24")) > 0) {
            errors.add(new FieldError("hours", m.text("error.sessionHours")));
        }
        Map<Long, String> names = new LinkedHashMap<>();
        if (s.attendees() == null || s.attendees().isEmpty()) {
            errors.add(new FieldError("attendees", m.text("error.attendees")));
        } else {
            for (Long id : s.attendees().keySet()) {
                Optional<UserContext> u = member(id, actor.cooperativeId());
                if (u.isEmpty() || id == actor.userId()) {
                    errors.add(new FieldError("attendees", m.text("error.attendee", id)));
                } else {
                    names.put(id, u.get().displayName());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = store.inTransaction(em -> {
            SessionEntity e = new SessionEntity(actor.cooperativeId());
            e.offerId = s.offerId();
            e.title = s.title().strip();
            e.trainerUserId = actor.userId();
            e.trainerName = actor.displayName();
            e.heldOn = s.heldOn();
            e.hours = s.hours();
            e.site = s.site() == null || s.site().isBlank() ? null : s.site().strip();
            e.payment = "CONTRIBUTED";
            e.createdAt = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
            e.createdBy = actor.login();
            em.persist(e);
            em.flush();
            names.forEach((user, name) -> em.persist(new AttendanceEntity(actor.cooperativeId(), e.id, user, name,
                    s.attendees().get(user))));
            return e.id;
        });
        audit.record(actor, "mutual-training.session.recorded", "session:" + id, s.title());
        return find(actor, id).orElseThrow();
    }

    /**
     * A session with its attendees for its trainer and the record keepers; for an attendee, with their own line
     * only; empty for anyone else.
     */
    public Optional<Session> find(UserContext actor, long id) {
        return store.read(em -> Optional.ofNullable(em.find(SessionEntity.class, id))
                .filter(s -> s.cooperativeId == actor.cooperativeId() && actor.can(MutualTrainingPermissions.MEMBER))
                .flatMap(s -> {
                    List<AttendanceEntity> lines = attendance(em, s.id);
                    if (s.trainerUserId == actor.userId() || actor.can(MutualTrainingPermissions.RECORDS)) {
                        return Optional.of(toRecord(s, lines));
                    }
                    List<AttendanceEntity> own = lines.stream().filter(a -> a.memberUserId == actor.userId())
                            .toList();
                    return own.isEmpty() ? Optional.empty() : Optional.of(toRecord(s, own));
                }));
    }

    /** Every session held in a year with its attendance, oldest first: the record keepers' register. */
    public List<Session> held(UserContext actor, int year) {
        actor.require(MutualTrainingPermissions.RECORDS);
        return store.read(em -> em.createQuery("select s from MutualTrainingSession s where s.cooperativeId = :c"
                        + " and s.heldOn >= :from and s.heldOn < :to order by s.heldOn, s.id", SessionEntity.class)
                .setParameter("c", actor.cooperativeId()).setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1)).getResultList()
                .stream().map(s -> toRecord(s, attendance(em, s.id))).toList());
    }

    /** The sessions the actor gave, newest first. */
    public List<Session> given(UserContext actor) {
        actor.require(MutualTrainingPermissions.MEMBER);
        return store.read(em -> em.createQuery("select s from MutualTrainingSession s where s.cooperativeId = :c"
                        + " and s.trainerUserId = :u order by s.heldOn desc, s.id desc", SessionEntity.class)
                .setParameter("c", actor.cooperativeId()).setParameter("u", actor.userId()).getResultList()
                .stream().map(s -> toRecord(s, attendance(em, s.id))).toList());
    }

    /** The attendee evaluates a session they attended: 1 to 5, with a comment. */
    public Session evaluate(UserContext actor, long sessionId, int rating, String comment) {
        actor.require(MutualTrainingPermissions.MEMBER);
        Messages m = new Messages(actor.locale());
        if (rating < 1 || rating > 5) {
            throw new ValidationException("evaluation", m.text("error.evaluation"));
        }
        if (comment != null && comment.length() > 2000) {
            throw new ValidationException("comment", m.text("error.tooLong", 2000));
        }
        store.run(em -> em.createQuery("select a from MutualTrainingAttendance a where a.sessionId = :s"
                        + " and a.memberUserId = :u and a.cooperativeId = :c and a.present = true",
                        AttendanceEntity.class).setParameter("s", sessionId).setParameter("u", actor.userId())
                .setParameter("c", actor.cooperativeId()).getResultList().stream().findFirst()
                .orElseThrow(() -> new ValidationException("sessionId", m.text("error.notAttended")))
                .evaluate(rating, comment == null || comment.isBlank() ? null : comment.strip()));
        audit.record(actor, "mutual-training.session.evaluated", "session:" + sessionId, String.valueOf(rating));
        return find(actor, sessionId).orElseThrow();
    }

    /** The member's hours in the year: their own, or anyone's for the record keepers. */
    public Hours hours(UserContext actor, long memberUserId, int year) {
        readsMember(actor, memberUserId);
        return store.read(em -> {
            List<Object[]> rows = attended(em, actor.cooperativeId(), memberUserId, year);
            String name = member(memberUserId, actor.cooperativeId()).map(UserContext::displayName).orElse("?");
            BigDecimal total = rows.stream().map(r -> ((SessionEntity) r[0]).hours)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Hours(memberUserId, name, year, rows.size(), total);
        });
    }

    /** The sessions a member attended in a year, oldest first: what their certificate lists. */
    public List<Session> attendedBy(UserContext actor, long memberUserId, int year) {
        readsMember(actor, memberUserId);
        return store.read(em -> attended(em, actor.cooperativeId(), memberUserId, year).stream()
                .map(r -> toRecord((SessionEntity) r[0], List.of((AttendanceEntity) r[1]))).toList());
    }

    /**
     * The year's training hours, one line per attendee per session held (what the yearly report of a training
     * organisation counts: trainees, hours-trainees, internal trainers), then one total line per member.
     */
    public String export(UserContext actor, int year) {
        actor.require(MutualTrainingPermissions.RECORDS);
        Messages m = new Messages(actor.locale());
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(m.text("csv.date"),
                m.text("csv.session"), m.text("csv.trainer"), m.text("csv.trainerKind"), m.text("csv.member"),
                m.text("csv.present"), m.text("csv.hours")).get())) {
            Map<String, BigDecimal> totals = new TreeMap<>();
            store.read(em -> {
                for (Object[] r : em.createQuery("select s, a from MutualTrainingSession s, MutualTrainingAttendance a"
                                + " where a.sessionId = s.id and s.cooperativeId = :c and s.heldOn >= :from"
                                + " and s.heldOn < :to order by s.heldOn, s.id, a.memberName", Object[].class)
                        .setParameter("c", actor.cooperativeId()).setParameter("from", LocalDate.of(year, 1, 1))
                        .setParameter("to", LocalDate.of(year + 1, 1, 1)).getResultList()) {
                    SessionEntity s = (SessionEntity) r[0];
                    AttendanceEntity a = (AttendanceEntity) r[1];
                    BigDecimal hours = a.present ? s.hours : BigDecimal.ZERO;
                    print(csv, s.heldOn.toString(), s.title, s.trainerName, m.text("csv.internal"), a.memberName,
                            m.text(a.present ? "csv.yes" : "csv.no"), plain(hours));
                    totals.merge(a.memberName, hours, BigDecimal::add);
                }
                return null;
            });
            for (Map.Entry<String, BigDecimal> t : totals.entrySet()) {
                print(csv, String.valueOf(year), m.text("csv.total"), "", "", t.getKey(), "",
                        plain(t.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Hours with two decimals, a dot: what a spreadsheet reads in any language. */
    private static String plain(BigDecimal hours) {
        return hours.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static void print(CSVPrinter csv, String... values) {
        try {
            csv.printRecord((Object[]) values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readsMember(UserContext actor, long memberUserId) {
        actor.require(MutualTrainingPermissions.MEMBER);
        if (memberUserId != actor.userId() && !actor.can(MutualTrainingPermissions.RECORDS)) {
            throw new AccessDeniedException(MutualTrainingPermissions.RECORDS);
        }
    }

    private Optional<UserContext> member(long userId, long cooperativeId) {
        try {
            return Optional.ofNullable(users.contextOf(userId)).filter(u -> u.cooperativeId() == cooperativeId);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<Object[]> attended(EntityManager em, long cooperativeId, long memberUserId, int year) {
        return em.createQuery("select s, a from MutualTrainingSession s, MutualTrainingAttendance a"
                        + " where a.sessionId = s.id and s.cooperativeId = :c and a.memberUserId = :u"
                        + " and a.present = true and s.heldOn >= :from and s.heldOn < :to order by s.heldOn, s.id",
                        Object[].class).setParameter("c", cooperativeId).setParameter("u", memberUserId)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList();
    }

    private static List<AttendanceEntity> attendance(EntityManager em, long sessionId) {
        return em.createQuery("select a from MutualTrainingAttendance a where a.sessionId = :s order by a.memberName",
                AttendanceEntity.class).setParameter("s", sessionId).getResultList();
    }

    private static Session toRecord(SessionEntity s, List<AttendanceEntity> lines) {
        return new Session(s.id, s.offerId, s.title, s.trainerUserId, s.trainerName, s.heldOn, s.hours, s.site,
                s.payment, lines.stream().map(a -> new Session.Attendee(a.memberUserId, a.memberName, a.present,
                a.evaluation, a.comment)).toList());
    }
}
