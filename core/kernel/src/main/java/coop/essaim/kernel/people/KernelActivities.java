package coop.essaim.kernel.people;

import coop.essaim.api.event.DomainEvent;
import coop.essaim.api.event.DomainEvents;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.people.ActivityQuery;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.people.PeopleEvents;
import coop.essaim.api.people.ResultPage;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.kernel.audit.KernelAuditTrail;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link Activities} service on the core persistence unit. A confined user (entrepreneur only, see
 * {@link PeopleAccess}) reaches only the activities their own person file is or was a member of.
 */
public final class KernelActivities implements Activities {

    private final ModuleStore store;
    private final KernelAuditTrail audit;
    private final DomainEvents events;
    private final Clock clock;
    private final ActivityRecords records = new ActivityRecords();
    private final PeopleAccess access;

    public KernelActivities(ModuleStore store, KernelAuditTrail audit, DomainEvents events,
                            CooperativeSettings settings, Clock clock) {
        this.store = store;
        this.access = new PeopleAccess(settings);
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Activity create(UserContext actor, ActivityDetails details) {
        actor.require(CorePermissions.ACTIVITIES_MANAGE);
        if (PeopleAccess.confinedToSelf(actor)) {
            throw new AccessDeniedException(CorePermissions.ACTIVITIES_MANAGE);
        }
        Instant now = clock.instant();
        Activity created = store.inTransaction(em -> {
            ActivityRules.checkNew(em, actor, details);
            ActivityEntity a = insert(em, actor, details, now);
            access.requireManageActivity(em, actor, a.getId());
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.activity.created",
                    "activity:" + a.getId(), a.getAnalyticCode() + " members " + details.memberIds());
            em.flush();
            return records.toRecord(em, a);
        });
        publish(PeopleEvents.ACTIVITY_CREATED, actor, created.id(), now);
        return created;
    }

    /** Writes a checked new activity and its first members (the caller audits). */
    static ActivityEntity insert(EntityManager em, UserContext actor, ActivityDetails details, Instant now) {
        ActivityEntity a = new ActivityEntity(actor.cooperativeId(), details.name().strip(),
                PeopleText.clean(details.brand()), details.trade().strip(), details.start(),
                ActivityRules.normalisedCode(details.analyticCode()), now, actor.login());
        em.persist(a);
        em.flush();
        for (Long personId : details.memberIds().stream().distinct().toList()) {
            em.persist(new ActivityMemberEntity(actor.cooperativeId(), a.getId(), personId, details.start(), now,
                    actor.login()));
        }
        return a;
    }

    @Override
    public Activity addMember(UserContext actor, long activityId, long personId, LocalDate from) {
        Instant now = clock.instant();
        Activity changed = store.inTransaction(em -> {
            ActivityEntity a = manageable(em, actor, activityId);
            ActivityRules.checkJoin(em, actor, a, personId, from);
            em.persist(new ActivityMemberEntity(actor.cooperativeId(), activityId, personId, from, now, actor.login()));
            a.touched(now, actor.login());
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.activity.member.added",
                    "activity:" + activityId, "person:" + personId + " from " + from);
            em.flush();
            return records.toRecord(em, a);
        });
        publish(PeopleEvents.ACTIVITY_MEMBERS_CHANGED, actor, activityId, now);
        return changed;
    }

    @Override
    public Activity removeMember(UserContext actor, long activityId, long personId, LocalDate until) {
        Instant now = clock.instant();
        Activity changed = store.inTransaction(em -> {
            ActivityEntity a = manageable(em, actor, activityId);
            ActivityMemberEntity m = ActivityRules.checkLeave(em, actor, a, personId, until);
            m.leave(until, now, actor.login());
            a.touched(now, actor.login());
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.activity.member.removed",
                    "activity:" + activityId, "person:" + personId + " until " + until);
            em.flush();
            return records.toRecord(em, a);
        });
        publish(PeopleEvents.ACTIVITY_MEMBERS_CHANGED, actor, activityId, now);
        return changed;
    }

    @Override
    public Activity close(UserContext actor, long activityId, LocalDate end) {
        Instant now = clock.instant();
        Activity closed = store.inTransaction(em -> {
            ActivityEntity a = manageable(em, actor, activityId);
            List<ActivityMemberEntity> current = ActivityRules.checkClose(em, actor, a, end);
            current.forEach(m -> m.leave(end, now, actor.login()));
            a.close(end, now, actor.login());
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.activity.closed",
                    "activity:" + activityId, "on " + end);
            em.flush();
            return records.toRecord(em, a);
        });
        publish(PeopleEvents.ACTIVITY_CLOSED, actor, activityId, now);
        return closed;
    }

    @Override
    public Optional<Activity> find(UserContext actor, long activityId) {
        return store.read(em -> Optional.ofNullable(em.find(ActivityEntity.class, activityId))
                .filter(a -> canRead(em, actor, a)).map(a -> records.toRecord(em, a)));
    }

    @Override
    public Optional<Activity> structure(UserContext actor) {
        return store.read(em -> StructureActivity.find(em, actor.cooperativeId()).map(id -> em.find(ActivityEntity.class, id))
                .filter(a -> canRead(em, actor, a)).map(a -> records.toRecord(em, a)));
    }

    @Override
    public List<Activity> list(UserContext actor, Long personId, ActivityStatus status) {
        return store.read(em -> {
            Map<String, Object> params = new HashMap<>();
            String where = where(em, actor, new ActivityQuery(personId, status, null, 0, 1), params);
            var query = em.createQuery("select a from Activity a" + where + " order by a.name, a.id",
                    ActivityEntity.class);
            params.forEach(query::setParameter);
            return records.toRecords(em, query.getResultList());
        });
    }

    @Override
    public ResultPage<Activity> page(UserContext actor, ActivityQuery q) {
        return store.read(em -> {
            Map<String, Object> params = new HashMap<>();
            String where = where(em, actor, q, params);
            var count = em.createQuery("select count(a) from Activity a" + where, Long.class);
            var query = em.createQuery("select a from Activity a" + where + " order by a.name, a.id",
                    ActivityEntity.class).setFirstResult(q.offset()).setMaxResults(q.limit());
            params.forEach((name, value) -> {
                count.setParameter(name, value);
                query.setParameter(name, value);
            });
            return new ResultPage<>(records.toRecords(em, query.getResultList()), count.getSingleResult(),
                    q.offset(), q.limit());
        });
    }

    /** The list's conditions: the cooperative, the actor's reach, then the query's filters. */
    private String where(EntityManager em, UserContext actor, ActivityQuery q, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where a.cooperativeId = :coop and a.analyticCode <> :structure");
        params.put("coop", actor.cooperativeId());
        params.put("structure", StructureActivity.CODE);
        if (confined(actor)) {
            w.append(" and exists (select m.id from ActivityMember m where m.activityId = a.id and m.personId = :self)");
            params.put("self", ActivityRecords.ownPersonId(em, actor).orElse(-1L));
        } else {
            w.append(access.activityFilter(actor, params));
        }
        if (q.personId() != null) {
            w.append(" and exists (select m.id from ActivityMember m where m.activityId = a.id"
                    + " and m.personId = :person)");
            params.put("person", q.personId());
        }
        if (q.status() != null) {
            w.append(" and a.status = :status");
            params.put("status", q.status());
        }
        if (q.search() != null && !q.search().isBlank()) {
            w.append(" and (lower(a.name) like :search escape '!' or lower(a.brand) like :search escape '!'"
                    + " or lower(a.trade) like :search escape '!' or lower(a.analyticCode) like :search escape '!')");
            // typed wildcards are searched as themselves
            String text = q.search().strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_");
            params.put("search", "%" + text + "%");
        }
        return w.toString();
    }

    /**
     * The activities the user's own person file is or was a member of, whatever their roles: the answer the
     * ledger's {@code ActivityAccess} needs ({@code activities::activityIdsOf}).
     */
    public Set<Long> activityIdsOf(UserContext user) {
        return store.read(em -> ActivityRecords.ownPersonId(em, user)
                .map(self -> Set.copyOf(em.createQuery("select distinct m.activityId from ActivityMember m"
                        + " where m.personId = :p and m.cooperativeId = :coop", Long.class)
                        .setParameter("p", self).setParameter("coop", user.cooperativeId()).getResultList()))
                .orElse(Set.of()));
    }

    /**
     * Confined users, and users without the read permission, see only their own activities; an entrepreneur
     * elected to the board reads every activity (not the people's files), as the board's work needs.
     */
    private static boolean confined(UserContext actor) {
        return PeopleAccess.confinedToSelf(actor) && !actor.hasRole(CoreRoles.BOARD_MEMBER)
                || !actor.can(CorePermissions.ACTIVITIES_READ);
    }

    boolean canRead(EntityManager em, UserContext actor, ActivityEntity a) {
        if (a.getCooperativeId() != actor.cooperativeId()) {
            return false;
        }
        if (ActivityRecords.isOwn(em, actor, a.getId())) {
            return true;
        }
        return !confined(actor) && access.canReadActivity(em, actor, a.getId());
    }

    ActivityEntity manageable(EntityManager em, UserContext actor, long activityId) {
        actor.require(CorePermissions.ACTIVITIES_MANAGE);
        ActivityEntity a = em.find(ActivityEntity.class, activityId);
        // another cooperative's activity does not exist for this actor: a refusal would tell it does
        if (a == null || a.getCooperativeId() != actor.cooperativeId()) {
            throw PeopleMessages.refusal(actor.locale(), "activity", "people.activity.notFound");
        }
        if (PeopleAccess.confinedToSelf(actor) && !ActivityRecords.isOwn(em, actor, activityId)) {
            throw new AccessDeniedException(CorePermissions.ACTIVITIES_MANAGE);
        }
        access.requireManageActivity(em, actor, activityId);
        return a;
    }

    private void publish(String type, UserContext actor, long activityId, Instant now) {
        events.publish(new DomainEvent(type, actor.cooperativeId(), actor.userId(), now,
                Map.of("activityId", Long.toString(activityId))));
    }
}
