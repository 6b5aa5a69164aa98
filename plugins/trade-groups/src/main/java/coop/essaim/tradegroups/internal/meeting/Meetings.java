package coop.essaim.tradegroups.internal.meeting;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.security.UserContext;
import coop.essaim.tradegroups.api.Attendance;
import coop.essaim.tradegroups.api.GroupMember;
import coop.essaim.tradegroups.api.Meeting;
import coop.essaim.tradegroups.api.MeetingDraft;
import coop.essaim.tradegroups.api.Resource;
import coop.essaim.tradegroups.api.TradeGroup;
import coop.essaim.tradegroups.internal.Messages;
import coop.essaim.tradegroups.internal.group.Groups;
import jakarta.persistence.EntityManager;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The groups' meetings: the module's own meeting engine (it does not need the accompaniment plugin). A manager or
 * the group's coordinator records a meeting; the group's readers read them. A meeting is recorded once, whole: its
 * attendance, notes and resources are written in the same transaction, or nothing is.
 */
public final class Meetings {

    static final int THEME_MAX = 200;
    static final int NOTES_MAX = 8000;
    static final int TITLE_MAX = 200;
    static final int URL_MAX = 2000;
    static final int RESOURCES_MAX = 20;

    private final ModuleStore store;
    private final Groups groups;
    private final AuditTrail audit;
    private final Clock clock;

    public Meetings(ModuleStore store, Groups groups, AuditTrail audit, Clock clock) {
        this.store = store;
        this.groups = groups;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a meeting. Refused, naming each field: no date, or a day that already has a meeting of the group; no
     * theme or one too long; a presenter who is not a member on that day; notes too long; attendance for a meeting
     * ahead, or for someone who is not a member on that day; a resource without a title or whose link is not an
     * https address.
     */
    public Meeting record(UserContext actor, long groupId, MeetingDraft draft) {
        TradeGroup g = groups.recordable(actor, groupId);
        Messages m = new Messages(actor.locale());
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = draft.date();
        if (day == null) {
            errors.add(new FieldError("date", m.text("error.required")));
        }
        String theme = draft.theme() == null ? "" : draft.theme().strip();
        if (theme.isEmpty()) {
            errors.add(new FieldError("theme", m.text("error.required")));
        } else if (theme.length() > THEME_MAX) {
            errors.add(new FieldError("theme", m.text("error.tooLong", THEME_MAX)));
        }
        String notes = draft.notes() == null || draft.notes().isBlank() ? null : draft.notes().strip();
        if (notes != null && notes.length() > NOTES_MAX) {
            errors.add(new FieldError("notes", m.text("error.tooLong", NOTES_MAX)));
        }
        List<Long> members = day == null ? List.of() : g.memberIdsOn(day);
        if (day != null && draft.presenterId() != null && !members.contains(draft.presenterId())) {
            errors.add(new FieldError("presenterId", m.text("error.notMemberOn", day)));
        }
        if (day != null && !draft.present().isEmpty()) {
            if (day.isAfter(LocalDate.now(clock))) {
                errors.add(new FieldError("present", m.text("error.attendanceAhead")));
            } else {
                Set<Long> seen = new HashSet<>();
                for (int i = 0; i < draft.present().size(); i++) {
                    Long id = draft.present().get(i);
                    if (id == null || !members.contains(id) || !seen.add(id)) {
                        errors.add(new FieldError("present[" + i + "]", m.text("error.notMemberOn", day)));
                    }
                }
            }
        }
        if (draft.resources().size() > RESOURCES_MAX) {
            errors.add(new FieldError("resources", m.text("error.tooMany", RESOURCES_MAX)));
        }
        for (int i = 0; i < draft.resources().size(); i++) {
            resourceErrors(m, "resources[" + i + "]", draft.resources().get(i), errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        boolean past = !day.isAfter(LocalDate.now(clock));
        Map<Long, String> names = g.members().stream()
                .collect(Collectors.toMap(GroupMember::personId, GroupMember::name, (a, b) -> b));
        MeetingEntity saved = store.inTransaction(em -> {
            if (!em.createQuery("select x from TradeGroupMeeting x where x.groupId = :g and x.date = :d",
                    MeetingEntity.class).setParameter("g", groupId).setParameter("d", day).getResultList().isEmpty()) {
                throw new ValidationException("date", m.text("error.meetingThatDay"));
            }
            MeetingEntity e = new MeetingEntity();
            e.cooperativeId = actor.cooperativeId();
            e.groupId = groupId;
            e.date = day;
            e.theme = theme;
            e.presenterId = draft.presenterId();
            e.notes = notes;
            e.createdAt = LocalDateTime.now(clock);
            e.createdBy = actor.login();
            em.persist(e);
            em.flush();
            if (past) {
                for (long person : members) {
                    AttendanceEntity a = new AttendanceEntity();
                    a.cooperativeId = actor.cooperativeId();
                    a.meetingId = e.id;
                    a.personId = person;
                    a.present = draft.present().contains(person);
                    em.persist(a);
                }
            }
            for (int i = 0; i < draft.resources().size(); i++) {
                Resource r = draft.resources().get(i);
                ResourceEntity row = new ResourceEntity();
                row.cooperativeId = actor.cooperativeId();
                row.meetingId = e.id;
                row.lineNo = i + 1;
                row.title = r.title().strip();
                row.url = r.url().strip();
                em.persist(row);
            }
            em.flush();
            return e;
        });
        audit.record(actor, "tradegroups.meeting", "trade-group:" + groupId, day + " — " + theme);
        return store.read(em -> meeting(em, saved, names));
    }

    /**
     * The report of a meeting recorded ahead, once its day has come: the members present (every member of the group
     * on that day gets an attendance row), the notes (they replace none: a planned meeting has none yet, or they
     * are kept when none are given) and more resources. Refused, naming the field: a meeting already reported
     * ("meetingId"), a day still ahead ("date"), someone present who was not a member that day, bad resources.
     */
    public Meeting report(UserContext actor, long meetingId, String notesText, List<Long> present,
                          List<Resource> resources) {
        Messages m = new Messages(actor.locale());
        MeetingEntity found = store.read(em -> java.util.Optional.ofNullable(em.find(MeetingEntity.class, meetingId))
                .filter(x -> x.cooperativeId == actor.cooperativeId())).orElseThrow(() -> new ValidationException(
                "meetingId", m.text("error.noMeeting")));
        TradeGroup g = groups.recordable(actor, found.groupId);
        List<FieldError> errors = new ArrayList<>();
        List<Long> members = g.memberIdsOn(found.date);
        if (found.date.isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("date", m.text("error.reportAhead")));
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < present.size(); i++) {
            Long id = present.get(i);
            if (id == null || !members.contains(id) || !seen.add(id)) {
                errors.add(new FieldError("present[" + i + "]", m.text("error.notMemberOn", found.date)));
            }
        }
        String notes = notesText == null || notesText.isBlank() ? null : notesText.strip();
        if (notes != null && notes.length() > NOTES_MAX) {
            errors.add(new FieldError("notes", m.text("error.tooLong", NOTES_MAX)));
        }
        for (int i = 0; i < resources.size(); i++) {
            resourceErrors(m, "resources[" + i + "]", resources.get(i), errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Map<Long, String> names = g.members().stream()
                .collect(Collectors.toMap(GroupMember::personId, GroupMember::name, (a, b) -> b));
        MeetingEntity saved = store.inTransaction(em -> {
            MeetingEntity e = em.find(MeetingEntity.class, meetingId);
            if (!em.createQuery("select a from TradeGroupAttendance a where a.meetingId = :m", AttendanceEntity.class)
                    .setParameter("m", meetingId).setMaxResults(1).getResultList().isEmpty()) {
                throw new ValidationException("meetingId", m.text("error.reported"));
            }
            List<ResourceEntity> existing = em.createQuery("select r from TradeGroupResource r where r.meetingId = :m",
                    ResourceEntity.class).setParameter("m", meetingId).getResultList();
            if (existing.size() + resources.size() > RESOURCES_MAX) {
                throw new ValidationException("resources", m.text("error.tooMany", RESOURCES_MAX));
            }
            if (notes != null) {
                e.report(notes);
            }
            for (long person : members) {
                AttendanceEntity a = new AttendanceEntity();
                a.cooperativeId = actor.cooperativeId();
                a.meetingId = meetingId;
                a.personId = person;
                a.present = present.contains(person);
                em.persist(a);
            }
            int line = existing.stream().mapToInt(r -> r.lineNo).max().orElse(0);
            for (Resource r : resources) {
                ResourceEntity row = new ResourceEntity();
                row.cooperativeId = actor.cooperativeId();
                row.meetingId = meetingId;
                row.lineNo = ++line;
                row.title = r.title().strip();
                row.url = r.url().strip();
                em.persist(row);
            }
            em.flush();
            return e;
        });
        audit.record(actor, "tradegroups.report", "trade-group:" + g.id(), found.date + ": " + present.size()
                + " present");
        return store.read(em -> meeting(em, em.find(MeetingEntity.class, saved.id), names));
    }

    private static void resourceErrors(Messages m, String field, Resource r, List<FieldError> errors) {
        String title = r == null || r.title() == null ? "" : r.title().strip();
        if (title.isEmpty()) {
            errors.add(new FieldError(field + ".title", m.text("error.required")));
        } else if (title.length() > TITLE_MAX) {
            errors.add(new FieldError(field + ".title", m.text("error.tooLong", TITLE_MAX)));
        }
        String url = r == null || r.url() == null ? "" : r.url().strip();
        if (url.isEmpty()) {
            errors.add(new FieldError(field + ".url", m.text("error.required")));
        } else if (url.length() > URL_MAX || !https(url)) {
            errors.add(new FieldError(field + ".url", m.text("error.url")));
        }
    }

    /** An absolute https address with a host, no spaces, no user information. */
    static boolean https(String url) {
        try {
            URI u = new URI(url);
            return "https".equals(u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT))
                    && u.getHost() != null && !u.getHost().isBlank() && u.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The group of a meeting of the actor's cooperative, whoever reads it (the API answers 404 beyond). */
    public java.util.Optional<Long> groupOf(UserContext actor, long meetingId) {
        return store.read(em -> java.util.Optional.ofNullable(em.find(MeetingEntity.class, meetingId))
                .filter(x -> x.cooperativeId == actor.cooperativeId()).map(x -> x.groupId));
    }

    /** The group's meetings, latest first, for its readers (managers and current members). */
    public List<Meeting> meetings(UserContext actor, long groupId) {
        TradeGroup g = groups.readable(actor, groupId);
        Map<Long, String> names = g.members().stream()
                .collect(Collectors.toMap(GroupMember::personId, GroupMember::name, (a, b) -> b));
        return store.read(em -> em.createQuery("select x from TradeGroupMeeting x where x.groupId = :g"
                        + " order by x.date desc, x.id desc", MeetingEntity.class).setParameter("g", groupId)
                .getResultList().stream().map(e -> meeting(em, e, names)).toList());
    }

    /** The meetings from today on, soonest first. */
    public List<Meeting> upcoming(UserContext actor, long groupId) {
        LocalDate today = LocalDate.now(clock);
        List<Meeting> out = new ArrayList<>(meetings(actor, groupId).stream()
                .filter(x -> !x.date().isBefore(today)).toList());
        java.util.Collections.reverse(out);
        return List.copyOf(out);
    }

    /** The meetings before today, latest first. */
    public List<Meeting> past(UserContext actor, long groupId) {
        LocalDate today = LocalDate.now(clock);
        return meetings(actor, groupId).stream().filter(x -> x.date().isBefore(today)).toList();
    }

    private static Meeting meeting(EntityManager em, MeetingEntity e, Map<Long, String> names) {
        Function<Long, String> name = id -> names.getOrDefault(id, "#" + id);
        List<Attendance> attendance = em.createQuery("select a from TradeGroupAttendance a where a.meetingId = :m"
                        + " order by a.id", AttendanceEntity.class).setParameter("m", e.id).getResultList().stream()
                .map(a -> new Attendance(a.personId, name.apply(a.personId), a.present)).toList();
        List<Resource> resources = em.createQuery("select r from TradeGroupResource r where r.meetingId = :m"
                        + " order by r.lineNo", ResourceEntity.class).setParameter("m", e.id).getResultList().stream()
                .map(r -> new Resource(r.title, r.url)).toList();
        return new Meeting(e.id, e.groupId, e.date, e.theme, e.presenterId,
                e.presenterId == null ? null : name.apply(e.presenterId), e.notes, attendance, resources,
                e.createdAt, e.createdBy);
    }
}
