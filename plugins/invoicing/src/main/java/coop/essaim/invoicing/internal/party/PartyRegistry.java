package coop.essaim.invoicing.internal.party;

import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.internal.Reach;
import coop.essaim.invoicing.internal.row.ActivityRow;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A registry of the cooperative's parties of one kind (customers, suppliers), seen per activity: the details are
 * checked before anything is stored, and a party of an activity the actor does not reach answers "not found".
 *
 * @param <E> the entity, @param <R> the api record, @param <D> the details one types
 */
public abstract class PartyRegistry<E extends ActivityRow, R, D> {

    private final ModuleStore store;
    private final Reach reach;
    private final Clock clock;
    private final Class<E> type;
    private final String entityName;
    private final String field;

    /** {@code entityName} is the JPQL name of {@code type}; {@code field} is named when a party is not found. */
    protected PartyRegistry(ModuleStore store, Reach reach, Clock clock, Class<E> type, String entityName,
                            String field) {
        this.store = store;
        this.reach = reach;
        this.clock = clock;
        this.type = type;
        this.entityName = entityName;
        this.field = field;
    }

    protected abstract D check(D details, Locale locale);

    protected abstract E newEntity(long cooperativeId, long activityId, D checked, String login, Instant now);

    protected abstract void apply(E entity, D checked, String login, Instant now);

    protected abstract R toRecord(E entity);

    public R create(UserContext actor, long activityId, D details) {
        actor.require(InvoicingPermissions.WRITE);
        reach.requireActivity(actor, activityId, "activity");
        D checked = check(details, actor.locale());
        return store.inTransaction(em -> {
            E e = newEntity(actor.cooperativeId(), activityId, checked, actor.login(), clock.instant());
            em.persist(e);
            em.flush();
            return toRecord(e);
        });
    }

    public R change(UserContext actor, long partyId, D details) {
        actor.require(InvoicingPermissions.WRITE);
        D checked = check(details, actor.locale());
        return store.inTransaction(em -> {
            E e = entity(em, actor, partyId, field);
            apply(e, checked, actor.login(), clock.instant());
            return toRecord(e);
        });
    }

    public Optional<R> find(UserContext actor, long partyId) {
        return store.read(em -> Optional.ofNullable(em.find(type, partyId))
                .filter(e -> e.getCooperativeId() == actor.cooperativeId())
                .filter(e -> reach.reaches(actor, e.getActivityId()))
                .map(this::toRecord));
    }

    public List<R> list(UserContext actor, long activityId) {
        reach.requireActivity(actor, activityId, "activity");
        return store.read(em -> em.createQuery("select p from " + entityName + " p where p.cooperativeId = :coop"
                        + " and p.activityId = :activity order by p.party.name, p.id", type)
                .setParameter("coop", actor.cooperativeId()).setParameter("activity", activityId)
                .setMaxResults(2000).getResultStream().map(this::toRecord).toList());
    }

    /** The party as an entity inside the caller's transaction, or "not found" on {@code field}. */
    public E entity(EntityManager em, UserContext actor, long partyId, String field) {
        E e = em.find(type, partyId);
        if (e == null || e.getCooperativeId() != actor.cooperativeId() || !reach.reaches(actor, e.getActivityId())) {
            throw Reach.notFound(actor, field);
        }
        return e;
    }
}
