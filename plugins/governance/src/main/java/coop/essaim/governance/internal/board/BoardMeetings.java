package coop.essaim.governance.internal.board;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.governance.api.AgendaItem;
import coop.essaim.governance.api.Decision;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.api.Mandate;
import coop.essaim.governance.api.Meeting;
import coop.essaim.governance.api.MeetingAttendance;
import coop.essaim.governance.api.MeetingQuorum;
import coop.essaim.governance.internal.GovernanceSettings;
import coop.essaim.governance.internal.Messages;
import coop.essaim.governance.internal.assembly.Bodies;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Meetings of a body: the agenda, the attendance of the members whose mandate covers the meeting's day (each person
 * once, whatever their roles), the quorum ({@code governance.board-quorum} percent of those members, half by
 * default) and the decisions per item. A decision needs the quorum and no more votes than members present; it is
 * adopted by simple majority. Decisions are append-only: a correction is a new decision superseding the old one.
 */
public final class BoardMeetings {

    private final ModuleStore store;
    private final Bodies bodies;
    private final CooperativeSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    public BoardMeetings(ModuleStore store, Bodies bodies, CooperativeSettings settings, AuditTrail audit,
                         Clock clock) {
        this.store = store;
        this.bodies = bodies;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** A meeting of a body with its agenda, one item per entry (blank entries are left out). */
    public Meeting create(UserContext actor, long bodyId, LocalDate heldOn, String place, List<String> agenda) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        bodies.body(actor, bodyId);
        if (heldOn == null) {
            throw new ValidationException("heldOn", m.text("error.required"));
        }
        String where = text(place, 200, "place", m);
        List<String> items = agenda == null ? List.of() : agenda.stream().filter(x -> x != null && !x.isBlank())
                .map(x -> text(x, 500, "agenda", m)).toList();
        if (items.isEmpty()) {
            throw new ValidationException("agenda", m.text("error.noAgenda"));
        }
        MeetingEntity e = new MeetingEntity();
        e.cooperativeId = actor.cooperativeId();
        e.bodyId = bodyId;
        e.heldOn = heldOn;
        e.place = where;
        e.createdAt = LocalDateTime.now(clock);
        e.createdBy = actor.login();
        store.inTransaction(em -> {
            em.persist(e);
            em.flush();
            for (int i = 0; i < items.size(); i++) {
                em.persist(item(actor, e.id, i + 1, items.get(i)));
            }
            return e.id;
        });
        audit.record(actor, "governance.meeting.created", "meeting:" + e.id, bodyId + " " + heldOn);
        return toMeeting(e);
    }

    /** One more item at the end of the agenda. */
    public AgendaItem addItem(UserContext actor, long meetingId, String title) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        readable(actor, meetingId);
        String t = text(title, 500, "title", m);
        MeetingItemEntity i = item(actor, meetingId, itemRows(meetingId).size() + 1, t);
        store.run(em -> em.persist(i));
        audit.record(actor, "governance.meeting.item", "meeting:" + meetingId, t);
        return toItem(i);
    }

    /** A body's meetings, the latest first. */
    public List<Meeting> meetings(UserContext actor, long bodyId) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        bodies.body(actor, bodyId);
        return store.read(em -> em.createQuery("select x from GovernanceMeeting x where x.cooperativeId = :c"
                        + " and x.bodyId = :b order by x.heldOn desc, x.id desc", MeetingEntity.class)
                .setParameter("c", actor.cooperativeId()).setParameter("b", bodyId).getResultList()).stream()
                .map(BoardMeetings::toMeeting).toList();
    }

    /** The meeting, for those who keep the bodies, when it is one of their cooperative's. */
    public Optional<Meeting> find(UserContext actor, long meetingId) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        MeetingEntity e = store.read(em -> em.find(MeetingEntity.class, meetingId));
        return e == null || e.cooperativeId != actor.cooperativeId() ? Optional.empty()
                : Optional.of(toMeeting(e));
    }

    public List<AgendaItem> items(UserContext actor, long meetingId) {
        readable(actor, meetingId);
        return itemRows(meetingId).stream().map(BoardMeetings::toItem).toList();
    }

    /** The body's members in mandate on the meeting's day, each once with their roles, absent until noted. */
    public List<MeetingAttendance> attendance(UserContext actor, long meetingId) {
        Meeting meeting = readable(actor, meetingId);
        Map<Long, List<String>> roles = new LinkedHashMap<>();
        for (Mandate x : bodies.membersOn(actor, meeting.bodyId(), meeting.heldOn())) {
            roles.computeIfAbsent(x.personId(), k -> new ArrayList<>()).add(x.role());
        }
        Map<Long, Boolean> noted = presenceRows(meetingId).stream()
                .collect(Collectors.toMap(p -> p.personId, p -> p.present));
        return roles.entrySet().stream().map(r -> new MeetingAttendance(r.getKey(), bodies.name(actor, r.getKey()),
                r.getValue(), noted.getOrDefault(r.getKey(), false))).toList();
    }

    /** Notes a member present or absent, from the meeting's day on. */
    public MeetingAttendance attend(UserContext actor, long meetingId, long personId, boolean present) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        Meeting meeting = held(actor, meetingId, m);
        if (attendance(actor, meetingId).stream().noneMatch(a -> a.personId() == personId)) {
            throw new ValidationException("personId", m.text("error.notMember", personId, meeting.heldOn()));
        }
        store.run(em -> {
            MeetingPresenceEntity p = em.createQuery("select x from GovernanceMeetingPresence x where"
                            + " x.meetingId = :m and x.personId = :p", MeetingPresenceEntity.class)
                    .setParameter("m", meetingId).setParameter("p", personId).getResultList().stream().findFirst()
                    .orElse(null);
            if (p == null) {
                p = new MeetingPresenceEntity();
                p.cooperativeId = actor.cooperativeId();
                p.meetingId = meetingId;
                p.personId = personId;
                em.persist(p);
            }
            p.mark(present, LocalDateTime.now(clock), actor.login());
        });
        audit.record(actor, "governance.meeting.attendance", "meeting:" + meetingId, personId + " " + present);
        return attendance(actor, meetingId).stream().filter(a -> a.personId() == personId).findFirst()
                .orElseThrow();
    }

    public MeetingQuorum quorum(UserContext actor, long meetingId) {
        List<MeetingAttendance> list = attendance(actor, meetingId);
        int present = (int) list.stream().filter(MeetingAttendance::present).count();
        int percent = quorumPercent(actor.cooperativeId());
        boolean reached = !list.isEmpty() && present * 100L >= (long) percent * list.size();
        return new MeetingQuorum(list.size(), present, percent, reached);
    }

    /**
     * Records a decision on an item, or (with {@code supersedesId}) the correction of a standing decision of the same
     * meeting, on the same item. Needs the quorum; the votes counted are at most the members present.
     */
    public Decision decide(UserContext actor, long meetingId, long itemId, String text, int votesFor, int against,
                           int abstentions, Long supersedesId) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        held(actor, meetingId, m);
        if (itemRows(meetingId).stream().noneMatch(i -> i.id == itemId)) {
            throw new ValidationException("itemId", m.text("error.noItem", itemId));
        }
        String body = text(text, 4000, "text", m);
        if (votesFor < 0 || against < 0 || abstentions < 0) {
            throw new ValidationException("for", m.text("error.votesNegative"));
        }
        MeetingQuorum q = quorum(actor, meetingId);
        if (!q.reached()) {
            throw new ValidationException("quorum", m.text("error.meetingQuorum", q.present(), q.members(),
                    q.percentNeeded()));
        }
        if (votesFor + against + abstentions == 0) {
            throw new ValidationException("for", m.text("error.noVotes"));
        }
        if (votesFor + against + abstentions > q.present()) {
            throw new ValidationException("for", m.text("error.votesAbovePresent", q.present()));
        }
        if (supersedesId != null) {
            Decision old = decisions(actor, meetingId).stream().filter(d -> d.id() == supersedesId).findFirst()
                    .orElseThrow(() -> new ValidationException("supersedesId", m.text("error.noDecision",
                            supersedesId)));
            if (!old.standing()) {
                throw new ValidationException("supersedesId", m.text("error.decisionSuperseded", supersedesId,
                        old.supersededById()));
            }
            if (old.itemId() != itemId) {
                throw new ValidationException("itemId", m.text("error.decisionItem"));
            }
        }
        DecisionEntity d = new DecisionEntity();
        d.cooperativeId = actor.cooperativeId();
        d.meetingId = meetingId;
        d.itemId = itemId;
        d.text = body;
        d.votesFor = votesFor;
        d.votesAgainst = against;
        d.abstentions = abstentions;
        d.adopted = Decision.adopts(votesFor, against);
        d.supersedesId = supersedesId;
        d.createdAt = LocalDateTime.now(clock);
        d.createdBy = actor.login();
        store.run(em -> em.persist(d));
        audit.record(actor, "governance.decision", "decision:" + d.id, "meeting:" + meetingId + " " + votesFor
                + "/" + against + "/" + abstentions + (supersedesId == null ? "" : " supersedes " + supersedesId));
        return decisions(actor, meetingId).stream().filter(x -> x.id() == d.id).findFirst().orElseThrow();
    }

    /** All the decisions of a meeting in the order recorded, superseded ones included and marked. */
    public List<Decision> decisions(UserContext actor, long meetingId) {
        readable(actor, meetingId);
        List<DecisionEntity> rows = store.read(em -> em.createQuery("select d from GovernanceDecision d"
                + " where d.meetingId = :m order by d.id", DecisionEntity.class).setParameter("m", meetingId)
                .getResultList());
        Map<Long, Long> supersededBy = rows.stream().filter(r -> r.supersedesId != null)
                .collect(Collectors.toMap(r -> r.supersedesId, r -> r.id));
        return rows.stream().map(r -> new Decision(r.id, r.meetingId, r.itemId, r.text, r.votesFor, r.votesAgainst,
                r.abstentions, r.adopted, r.supersedesId, supersededBy.get(r.id), r.createdAt, r.createdBy)).toList();
    }

    public Meeting meeting(UserContext actor, long meetingId) {
        return readable(actor, meetingId);
    }

    public int quorumPercent(long cooperativeId) {
        return settings.value(cooperativeId, GovernanceSettings.BOARD_QUORUM).map(String::strip)
                .filter(v -> v.matches("\\d{1,3}")).map(Integer::parseInt).filter(v -> v > 0 && v <= 100)
                .orElse(GovernanceSettings.DEFAULT_BOARD_QUORUM);
    }

    private Meeting readable(UserContext actor, long meetingId) {
        Messages m = new Messages(actor.locale());
        return find(actor, meetingId).orElseThrow(() -> new ValidationException("meetingId",
                m.text("error.noMeeting", meetingId)));
    }

    /** The meeting, once its day has come: attendance and decisions are not recorded ahead. */
    private Meeting held(UserContext actor, long meetingId, Messages m) {
        Meeting meeting = readable(actor, meetingId);
        if (LocalDate.now(clock).isBefore(meeting.heldOn())) {
            throw new ValidationException("heldOn", m.text("error.meetingToCome", meeting.heldOn()));
        }
        return meeting;
    }

    private List<MeetingItemEntity> itemRows(long meetingId) {
        return store.read(em -> em.createQuery("select i from GovernanceMeetingItem i where i.meetingId = :m"
                + " order by i.position", MeetingItemEntity.class).setParameter("m", meetingId).getResultList());
    }

    private List<MeetingPresenceEntity> presenceRows(long meetingId) {
        return store.read(em -> em.createQuery("select p from GovernanceMeetingPresence p where p.meetingId = :m",
                MeetingPresenceEntity.class).setParameter("m", meetingId).getResultList());
    }

    private MeetingItemEntity item(UserContext actor, long meetingId, int position, String title) {
        MeetingItemEntity i = new MeetingItemEntity();
        i.cooperativeId = actor.cooperativeId();
        i.meetingId = meetingId;
        i.position = position;
        i.title = title;
        i.createdAt = LocalDateTime.now(clock);
        i.createdBy = actor.login();
        return i;
    }

    private static String text(String value, int max, String field, Messages m) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty() || t.length() > max) {
            throw new ValidationException(field, m.text("error.text", max));
        }
        return t;
    }

    private static Meeting toMeeting(MeetingEntity e) {
        return new Meeting(e.id, e.bodyId, e.heldOn, e.place);
    }

    private static AgendaItem toItem(MeetingItemEntity i) {
        return new AgendaItem(i.id, i.meetingId, i.position, i.title);
    }
}
