package coop.essaim.invoicing.internal.purchase;

import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.Supplier;
import coop.essaim.invoicing.api.SupplierDetails;
import coop.essaim.invoicing.api.Suppliers;
import coop.essaim.invoicing.internal.Reach;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The cooperative's supplier registry, seen per activity, like its customer registry. */
public final class SupplierRegistry implements Suppliers {

    private final ModuleStore store;
    private final Reach reach;
    private final Clock clock;

    public SupplierRegistry(ModuleStore store, Reach reach, Clock clock) {
        this.store = store;
        this.reach = reach;
        this.clock = clock;
    }

    @Override
    public Supplier create(UserContext actor, long activityId, SupplierDetails details) {
        actor.require(InvoicingPermissions.WRITE);
        reach.requireActivity(actor, activityId, "activity");
        SupplierDetails checked = SupplierRules.check(details, actor.locale());
        return store.inTransaction(em -> {
            SupplierEntity s = new SupplierEntity(actor.cooperativeId(), activityId, checked, actor.login(),
                    clock.instant());
            em.persist(s);
            em.flush();
            return s.toRecord();
        });
    }

    @Override
    public Supplier change(UserContext actor, long supplierId, SupplierDetails details) {
        actor.require(InvoicingPermissions.WRITE);
        SupplierDetails checked = SupplierRules.check(details, actor.locale());
        return store.inTransaction(em -> {
            SupplierEntity s = entity(em, actor, supplierId, "supplier");
            s.change(checked, actor.login(), clock.instant());
            return s.toRecord();
        });
    }

    @Override
    public Optional<Supplier> find(UserContext actor, long supplierId) {
        return store.read(em -> Optional.ofNullable(em.find(SupplierEntity.class, supplierId))
                .filter(s -> s.getCooperativeId() == actor.cooperativeId())
                .filter(s -> reach.reaches(actor, s.getActivityId()))
                .map(SupplierEntity::toRecord));
    }

    @Override
    public List<Supplier> list(UserContext actor, long activityId) {
        reach.requireActivity(actor, activityId, "activity");
        return store.read(em -> em.createQuery("select s from InvoicingSupplier s where s.cooperativeId = :coop"
                        + " and s.activityId = :activity order by s.name, s.id", SupplierEntity.class)
                .setParameter("coop", actor.cooperativeId()).setParameter("activity", activityId)
                .setMaxResults(2000).getResultStream().map(SupplierEntity::toRecord).toList());
    }

    /** The supplier inside the caller's transaction, or "not found" on {@code field}. */
    SupplierEntity entity(EntityManager em, UserContext actor, long supplierId, String field) {
        SupplierEntity s = em.find(SupplierEntity.class, supplierId);
        if (s == null || s.getCooperativeId() != actor.cooperativeId() || !reach.reaches(actor, s.getActivityId())) {
            throw Reach.notFound(actor, field);
        }
        return s;
    }
}
