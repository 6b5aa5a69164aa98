package coop.essaim.tradegroups.internal.group;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import coop.essaim.tradegroups.api.GridCheck;
import coop.essaim.tradegroups.api.GroupMember;
import coop.essaim.tradegroups.api.GroupSummary;
import coop.essaim.tradegroups.api.TradeGroup;
import coop.essaim.tradegroups.api.TradeGroupPermissions;
import coop.essaim.tradegroups.internal.Messages;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The groups, their coordinator, their dated memberships, and who reaches them. A manager
 * ({@link TradeGroupPermissions#MANAGE}, not an entrepreneur only) reads and manages every group of the
 * cooperative. Anyone holding {@link TradeGroupPermissions#READ} reads every group's name, trade and size and may
 * join one; only the current members (and managers) read the group itself: its members, meetings and notes. A group
 * out of reach reads as absent, the same as one that does not exist.
 */
public final class Groups {

    static final int NAME_MAX = 200;

    private final ModuleStore store;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    public Groups(ModuleStore store, People people, AuditTrail audit, Clock clock) {
        this.store = store;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean manages(UserContext actor) {
        return actor.can(TradeGroupPermissions.MANAGE) && !actor.confinedToOwnActivities();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Creates a group named {@code name} (unique in the cooperative) for {@code trade}; a coordinator given joins it
     * today. Refused, naming each field: a blank or too long name or trade, a name taken, an unknown person.
     */
    public TradeGroup create(UserContext actor, String name, String trade, Long coordinatorId) {
        requireManager(actor);
        Messages m = new Messages(actor.locale());
        List<FieldError> errors = new ArrayList<>();
        String n = label(name, "name", m, errors);
        String t = label(trade, "trade", m, errors);
        Person coordinator = null;
        if (coordinatorId != null) {
            coordinator = person(actor, coordinatorId).orElse(null);
            if (coordinator == null) {
                errors.add(new FieldError("coordinatorId", m.text("error.person")));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Person c = coordinator;
        GroupEntity created = store.inTransaction(em -> {
            if (!em.createQuery("select g from TradeGroup g where g.cooperativeId = :c and lower(g.name) = :n",
                    GroupEntity.class).setParameter("c", actor.cooperativeId())
                    .setParameter("n", n.toLowerCase(java.util.Locale.ROOT)).getResultList().isEmpty()) {
                throw new ValidationException("name", m.text("error.nameTaken"));
            }
            GroupEntity g = new GroupEntity();
            g.cooperativeId = actor.cooperativeId();
            g.name = n;
            g.trade = t;
            g.createdAt = LocalDateTime.now(clock);
            g.createdBy = actor.login();
            em.persist(g);
            em.flush();
            if (c != null) {
                persistMember(em, actor, g.id, c, today());
                persistCoordinator(em, actor, g.id, c.id());
            }
            return g;
        });
        audit.record(actor, "tradegroups.create", "trade-group:" + created.id, n + " — " + t);
        return store.read(em -> record(em, created));
    }

    /** Makes a current member the coordinator (a new row: the history stays). */
    public TradeGroup setCoordinator(UserContext actor, long groupId, long personId) {
        requireManager(actor);
        TradeGroup g = readable(actor, groupId);
        if (!g.memberIdsOn(today()).contains(personId)) {
            throw new ValidationException("personId", Messages.text(actor.locale(), "error.notMember"));
        }
        store.run(em -> persistCoordinator(em, actor, groupId, personId));
        audit.record(actor, "tradegroups.coordinator", "trade-group:" + groupId, "person " + personId);
        return readable(actor, groupId);
    }

    /** A manager adds a person of the cooperative from {@code from} (not in the future), once at a time. */
    public TradeGroup addMember(UserContext actor, long groupId, long personId, LocalDate from) {
        requireManager(actor);
        readable(actor, groupId);
        Messages m = new Messages(actor.locale());
        List<FieldError> errors = new ArrayList<>();
        Optional<Person> p = person(actor, personId);
        if (p.isEmpty()) {
            errors.add(new FieldError("personId", m.text("error.person")));
        }
        if (from == null) {
            errors.add(new FieldError("from", m.text("error.required")));
        } else if (from.isAfter(today())) {
            errors.add(new FieldError("from", m.text("error.future")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        join(actor, groupId, p.get(), from);
        return readable(actor, groupId);
    }

    /** The actor joins the group today: the person file whose login is theirs. */
    public TradeGroup join(UserContext actor, long groupId) {
        actor.require(TradeGroupPermissions.READ);
        summary(actor, groupId).orElseThrow(() -> new ValidationException("groupId",
                Messages.text(actor.locale(), "error.noGroup")));
        Person self = ownPerson(actor).orElseThrow(() -> new ValidationException("personId",
                Messages.text(actor.locale(), "error.noFile")));
        join(actor, groupId, self, today());
        return readable(actor, groupId);
    }

    private void join(UserContext actor, long groupId, Person p, LocalDate from) {
        Messages m = new Messages(actor.locale());
        store.run(em -> {
            if (memberships(em, groupId).stream().anyMatch(x -> x.personId == p.id() && x.leftOn == null)) {
                throw new ValidationException("personId", m.text("error.alreadyMember"));
            }
            persistMember(em, actor, groupId, p, from);
        });
        audit.record(actor, "tradegroups.join", "trade-group:" + groupId, "person " + p.id() + " from " + from);
    }

    /**
     * The member leaves on {@code until}: recorded by a manager, the group's coordinator or the member themselves.
     * The coordinator cannot leave before another is named.
     */
    public TradeGroup leave(UserContext actor, long groupId, long personId, LocalDate until) {
        TradeGroup g = summary(actor, groupId).isPresent() ? find(actor, groupId).orElse(null) : null;
        Messages m = new Messages(actor.locale());
        if (g == null) {
            throw new ValidationException("groupId", m.text("error.noGroup"));
        }
        if (!mayRecord(actor, g) && !isPerson(actor, personId)) {
            throw new AccessDeniedException(TradeGroupPermissions.MANAGE);
        }
        if (until == null) {
            throw new ValidationException("until", m.text("error.required"));
        }
        if (Objects.equals(g.coordinatorId(), personId)) {
            throw new ValidationException("personId", m.text("error.coordinatorLeaves"));
        }
        store.run(em -> {
            MembershipEntity open = memberships(em, groupId).stream()
                    .filter(x -> x.personId == personId && x.leftOn == null).findFirst()
                    .orElseThrow(() -> new ValidationException("personId", m.text("error.notMember")));
            if (until.isBefore(open.joinedOn)) {
                throw new ValidationException("until", m.text("error.beforeJoin", open.joinedOn));
            }
            open.leave(until);
        });
        audit.record(actor, "tradegroups.leave", "trade-group:" + groupId, "person " + personId + " until " + until);
        return readable(actor, groupId);
    }

    /** Every group of the cooperative by name, with whether the actor is a member today. */
    public List<GroupSummary> list(UserContext actor) {
        requireReader(actor);
        boolean manager = manages(actor);
        Optional<Long> self = manager ? Optional.empty() : ownPerson(actor).map(Person::id);
        return store.read(em -> {
            List<GroupSummary> out = new ArrayList<>();
            for (GroupEntity g : em.createQuery("select g from TradeGroup g where g.cooperativeId = :c"
                    + " order by g.name, g.id", GroupEntity.class).setParameter("c", actor.cooperativeId())
                    .getResultList()) {
                out.add(summary(em, g, manager, self));
            }
            return List.copyOf(out);
        });
    }

    /** The groups whose trade matches {@code trade} ({@link GridCheck#tradeMatches}): an adviser's pointer. */
    public List<GroupSummary> groupsFor(UserContext actor, String trade) {
        return list(actor).stream().filter(g -> GridCheck.tradeMatches(g.trade(), trade)).toList();
    }

    /**
     * The groups matching any of the person's trades (their file's trades): where to point a newcomer. Only for
     * someone who reads that person file (an entrepreneur: their own); "personId" otherwise.
     */
    public List<GroupSummary> groupsForPerson(UserContext actor, long personId) {
        // the actor's own reach of person files, not a lent one: the trades of a file are the file's
        Person p = people.find(actor, personId).filter(x -> x.cooperativeId() == actor.cooperativeId()).orElseThrow(() -> new ValidationException("personId",
                Messages.text(actor.locale(), "error.person")));
        return list(actor).stream().filter(g -> p.details().trades().stream()
                .anyMatch(t -> GridCheck.tradeMatches(g.trade(), t))).toList();
    }

    public Optional<GroupSummary> summary(UserContext actor, long groupId) {
        requireReader(actor);
        boolean manager = manages(actor);
        return store.read(em -> entity(em, actor, groupId).map(g -> summary(em, g, manager,
                manager ? Optional.empty() : ownPerson(actor).map(Person::id))));
    }

    /** The group, for a manager or a current member; empty otherwise. */
    public Optional<TradeGroup> find(UserContext actor, long groupId) {
        if (!manages(actor) && !actor.can(TradeGroupPermissions.READ)) {
            return Optional.empty();
        }
        Optional<TradeGroup> g = store.read(em -> entity(em, actor, groupId).map(e -> record(em, e)));
        return g.filter(x -> manages(actor) || isMember(actor, x));
    }

    /** The group for a reader of it; "groupId" otherwise. */
    public TradeGroup readable(UserContext actor, long groupId) {
        return find(actor, groupId).orElseThrow(() -> new ValidationException("groupId",
                Messages.text(actor.locale(), "error.noGroup")));
    }

    /**
     * The group, for who records its meetings and grids: a manager or its coordinator. A member who is not its
     * coordinator is refused; to anyone else the group is absent ("groupId").
     */
    public TradeGroup recordable(UserContext actor, long groupId) {
        TradeGroup g = readable(actor, groupId);
        if (!mayRecord(actor, g)) {
            throw new AccessDeniedException(TradeGroupPermissions.MANAGE);
        }
        return g;
    }

    public boolean mayRecord(UserContext actor, TradeGroup g) {
        return manages(actor) || g.coordinatorId() != null && isPerson(actor, g.coordinatorId());
    }

    /** A member today: one of the group's current members' person file is the actor's. */
    public boolean isMember(UserContext actor, TradeGroup g) {
        return g.memberIdsOn(today()).stream().anyMatch(id -> isPerson(actor, id));
    }

    /** The person file whose login is the actor's (each user reads their own file). */
    public Optional<Person> ownPerson(UserContext actor) {
        return people.list(actor, PersonQuery.all(0, 5)).items().stream()
                .filter(p -> Objects.equals(p.details().userId(), actor.userId())).findFirst();
    }

    /** The people a manager may add, by name. */
    public List<Person> candidates(UserContext actor) {
        requireManager(actor);
        return people.list(actor.lending(CorePermissions.PEOPLE_READ), PersonQuery.all(0, 500)).items().stream()
                .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName())).toList();
    }

    private boolean isPerson(UserContext actor, long personId) {
        return people.find(actor, personId).map(p -> Objects.equals(p.details().userId(), actor.userId()))
                .orElse(false);
    }

    private Optional<Person> person(UserContext actor, long personId) {
        return people.find(actor.lending(CorePermissions.PEOPLE_READ), personId)
                .filter(p -> p.cooperativeId() == actor.cooperativeId());
    }

    void requireManager(UserContext actor) {
        actor.require(TradeGroupPermissions.MANAGE);
        if (actor.confinedToOwnActivities()) {
            throw new AccessDeniedException(TradeGroupPermissions.MANAGE);
        }
    }

    private static void requireReader(UserContext actor) {
        if (!manages(actor)) {
            actor.require(TradeGroupPermissions.READ);
        }
    }

    private static String label(String value, String field, Messages m, List<FieldError> errors) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            errors.add(new FieldError(field, m.text("error.required")));
        } else if (v.length() > NAME_MAX) {
            errors.add(new FieldError(field, m.text("error.tooLong", NAME_MAX)));
        }
        return v;
    }

    private void persistMember(EntityManager em, UserContext actor, long groupId, Person p, LocalDate from) {
        MembershipEntity ms = new MembershipEntity();
        ms.cooperativeId = actor.cooperativeId();
        ms.groupId = groupId;
        ms.personId = p.id();
        String name = p.displayName();
        ms.memberName = name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name;
        ms.joinedOn = from;
        ms.createdAt = LocalDateTime.now(clock);
        ms.createdBy = actor.login();
        em.persist(ms);
    }

    private void persistCoordinator(EntityManager em, UserContext actor, long groupId, long personId) {
        CoordinatorEntity c = new CoordinatorEntity();
        c.cooperativeId = actor.cooperativeId();
        c.groupId = groupId;
        c.personId = personId;
        c.createdAt = LocalDateTime.now(clock);
        c.createdBy = actor.login();
        em.persist(c);
    }

    private static Optional<GroupEntity> entity(EntityManager em, UserContext actor, long groupId) {
        return Optional.ofNullable(em.find(GroupEntity.class, groupId))
                .filter(g -> g.cooperativeId == actor.cooperativeId());
    }

    private static List<MembershipEntity> memberships(EntityManager em, long groupId) {
        return em.createQuery("select m from TradeGroupMembership m where m.groupId = :g order by m.joinedOn, m.id",
                MembershipEntity.class).setParameter("g", groupId).getResultList();
    }

    private GroupSummary summary(EntityManager em, GroupEntity g, boolean manager, Optional<Long> self) {
        LocalDate today = today();
        List<MembershipEntity> ms = memberships(em, g.id);
        List<Long> current = ms.stream().filter(x -> !x.joinedOn.isAfter(today)
                && (x.leftOn == null || !x.leftOn.isBefore(today))).map(x -> x.personId).distinct().toList();
        boolean member = self.isPresent() && current.contains(self.get());
        return new GroupSummary(g.id, g.name, g.trade, current.size(), member, manager || member);
    }

    private static TradeGroup record(EntityManager em, GroupEntity g) {
        List<GroupMember> members = memberships(em, g.id).stream()
                .map(x -> new GroupMember(x.personId, x.memberName, x.joinedOn, x.leftOn)).toList();
        Long coordinator = em.createQuery("select c.personId from TradeGroupCoordinator c where c.groupId = :g"
                        + " order by c.id desc", Long.class).setParameter("g", g.id).setMaxResults(1).getResultList()
                .stream().findFirst().orElse(null);
        return new TradeGroup(g.id, g.name, g.trade, coordinator, members, g.createdAt, g.createdBy);
    }
}
