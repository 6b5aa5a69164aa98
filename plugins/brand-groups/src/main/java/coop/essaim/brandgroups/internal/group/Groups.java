package coop.essaim.brandgroups.internal.group;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.people.People;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import coop.essaim.brandgroups.api.BrandGroup;
import coop.essaim.brandgroups.api.BrandGroupPermissions;
import coop.essaim.brandgroups.internal.Messages;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The groups and who reaches them. A manager ({@link BrandGroupPermissions#MANAGE}, not an entrepreneur only)
 * reads and manages every group of the cooperative; an entrepreneur only reads the groups whose activity the core
 * lets them see (those they are or were a member of). A group out of reach reads as absent, the same as one that
 * does not exist.
 */
public final class Groups {

    static final int BRAND_MAX = 200;

    private final ModuleStore store;
    private final Activities activities;
    private final People people;
    private final CooperativeDirectory cooperatives;
    private final AuditTrail audit;
    private final Clock clock;

    public Groups(ModuleStore store, Activities activities, People people, CooperativeDirectory cooperatives,
                  AuditTrail audit, Clock clock) {
        this.store = store;
        this.activities = activities;
        this.people = people;
        this.cooperatives = cooperatives;
        this.audit = audit;
        this.clock = clock;
    }


    public static boolean manages(UserContext actor) {
        return actor.can(BrandGroupPermissions.MANAGE) && !actor.confinedToOwnActivities();
    }

    /**
     * Makes the activity a brand group under {@code brand} (the activity's brand when blank): the activity must be
     * open, of the actor's cooperative, with at least two current members, and not a group already.
     */
    public BrandGroup create(UserContext actor, long activityId, String brand) {
        requireManager(actor);
        Messages m = new Messages(actor.locale());
        Activity a = activities.find(reading(actor), activityId).filter(x -> x.cooperativeId() == actor.cooperativeId())
                .orElseThrow(() -> new ValidationException("activityId", m.text("error.activity")));
        if (a.status() != ActivityStatus.ACTIVE) {
            throw new ValidationException("activityId", m.text("error.activityClosed"));
        }
        if (a.memberIds().size() < 2) {
            throw new ValidationException("activityId", m.text("error.twoMembers", a.memberIds().size()));
        }
        String name = brand == null || brand.isBlank() ? a.brand() : brand.strip();
        if (name == null || name.isBlank()) {
            throw new ValidationException("brand", m.text("error.required"));
        }
        if (name.length() > BRAND_MAX) {
            throw new ValidationException("brand", m.text("error.tooLong", BRAND_MAX));
        }
        GroupEntity created = store.inTransaction(em -> {
            if (!em.createQuery("select g from BrandGroup g where g.cooperativeId = :c and g.activityId = :a",
                    GroupEntity.class).setParameter("c", actor.cooperativeId()).setParameter("a", activityId)
                    .getResultList().isEmpty()) {
                throw new ValidationException("activityId", m.text("error.alreadyGroup"));
            }
            GroupEntity g = new GroupEntity();
            g.cooperativeId = actor.cooperativeId();
            g.activityId = activityId;
            g.brand = name;
            g.createdAt = LocalDateTime.now(clock);
            g.createdBy = actor.login();
            em.persist(g);
            return g;
        });
        audit.record(actor, "brandgroups.create", "brand-group:" + created.id, a.name() + " — " + name);
        return record(created, a);
    }

    /** The groups the actor reaches, by brand: every group for a manager, their own for an entrepreneur. */
    public List<BrandGroup> visible(UserContext actor) {
        if (manages(actor)) {
            return list(actor, null);
        }
        if (actor.can(BrandGroupPermissions.READ_OWN) && actor.confinedToOwnActivities()) {
            return mine(actor);
        }
        throw new AccessDeniedException(BrandGroupPermissions.MANAGE);
    }

    /** The groups the actor is or was a member of (an entrepreneur's own); nobody else has "own" groups here. */
    public List<BrandGroup> mine(UserContext actor) {
        actor.require(BrandGroupPermissions.READ_OWN);
        if (!actor.confinedToOwnActivities()) {
            return List.of();
        }
        Set<Long> own = activities.list(actor, null, null).stream().map(Activity::id).collect(Collectors.toSet());
        return own.isEmpty() ? List.of() : list(actor, own);
    }

    public Optional<BrandGroup> find(UserContext actor, long groupId) {
        Optional<GroupEntity> g = store.read(em -> Optional.ofNullable(em.find(GroupEntity.class, groupId)))
                .filter(x -> x.cooperativeId == actor.cooperativeId());
        if (g.isEmpty()) {
            return Optional.empty();
        }
        if (manages(actor)) {
            return activities.find(reading(actor), g.get().activityId).map(a -> record(g.get(), a));
        }
        if (actor.can(BrandGroupPermissions.READ_OWN) && actor.confinedToOwnActivities()) {
            return activities.find(actor, g.get().activityId).map(a -> record(g.get(), a));
        }
        return Optional.empty();
    }

    /** The group, for a manager; refused to anyone else, and named "groupId" when out of reach. */
    public BrandGroup managed(UserContext actor, long groupId) {
        requireManager(actor);
        return find(actor, groupId).orElseThrow(() -> new ValidationException("groupId",
                Messages.text(actor.locale(), "error.noGroup")));
    }

    /** The group, for anyone who reads it; "groupId" otherwise. */
    public BrandGroup readable(UserContext actor, long groupId) {
        return find(actor, groupId).orElseThrow(() -> new ValidationException("groupId",
                Messages.text(actor.locale(), "error.noGroup")));
    }

    /** The open activities with two current members or more that are not groups yet, by name: what may become one. */
    public List<Activity> candidates(UserContext actor) {
        requireManager(actor);
        Set<Long> taken = store.read(em -> em.createQuery("select g.activityId from BrandGroup g"
                        + " where g.cooperativeId = :c", Long.class).setParameter("c", actor.cooperativeId())
                .getResultList()).stream().collect(Collectors.toSet());
        return activities.list(reading(actor), null, ActivityStatus.ACTIVE).stream()
                .filter(a -> a.memberIds().size() >= 2 && !taken.contains(a.id()))
                .sorted(Comparator.comparing(Activity::name)).toList();
    }

    /**
     * The member's name as the actor may read it; a member another entrepreneur may not read (the core keeps each
     * entrepreneur to their own file) is "member n° id".
     */
    public String memberName(UserContext actor, long personId) {
        UserContext reader = manages(actor) ? actor.lending(CorePermissions.PEOPLE_READ) : actor;
        return people.find(reader, personId).map(p -> p.displayName())
                .orElseGet(() -> Messages.text(actor.locale(), "member.unnamed", String.valueOf(personId)));
    }

    public Currency currency(long cooperativeId) {
        return Currency.getInstance(cooperatives.find(cooperativeId).map(c -> c.currency()).orElse("EUR"));
    }

    void requireManager(UserContext actor) {
        actor.require(BrandGroupPermissions.MANAGE);
        if (actor.confinedToOwnActivities()) {
            throw new AccessDeniedException(BrandGroupPermissions.MANAGE);
        }
    }

    /** Managing a group entitles reading its activity, whatever the manager's core grants. */
    static UserContext reading(UserContext actor) {
        return actor.lending(CorePermissions.ACTIVITIES_READ);
    }

    private List<BrandGroup> list(UserContext actor, Set<Long> activityIds) {
        List<GroupEntity> rows = store.read(em -> em.createQuery("select g from BrandGroup g where"
                        + " g.cooperativeId = :c order by g.brand, g.id", GroupEntity.class)
                .setParameter("c", actor.cooperativeId()).getResultList());
        UserContext reader = activityIds == null ? reading(actor) : actor;
        Map<Long, Activity> byId = activities.list(reader, null, null).stream()
                .collect(Collectors.toMap(Activity::id, Function.identity(), (a, b) -> a));
        List<BrandGroup> out = new ArrayList<>();
        for (GroupEntity g : rows) {
            Activity a = byId.get(g.activityId);
            if (a != null && (activityIds == null || activityIds.contains(g.activityId))) {
                out.add(record(g, a));
            }
        }
        return List.copyOf(out);
    }

    private static BrandGroup record(GroupEntity g, Activity a) {
        return new BrandGroup(g.id, g.activityId, a.name(), g.brand, a.members(), g.createdAt, g.createdBy);
    }
}
