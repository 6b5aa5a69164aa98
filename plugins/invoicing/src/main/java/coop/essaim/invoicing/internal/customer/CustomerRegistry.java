package coop.essaim.invoicing.internal.customer;

import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.CustomerDetails;
import coop.essaim.invoicing.api.Customers;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.internal.Reach;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The cooperative's customer registry, seen per activity. */
public final class CustomerRegistry implements Customers {

    private final ModuleStore store;
    private final Reach reach;
    private final Clock clock;

    public CustomerRegistry(ModuleStore store, Reach reach, Clock clock) {
        this.store = store;
        this.reach = reach;
        this.clock = clock;
    }

    @Override
    public Customer create(UserContext actor, long activityId, CustomerDetails details) {
        actor.require(InvoicingPermissions.WRITE);
        reach.requireActivity(actor, activityId, "activity");
        CustomerDetails checked = CustomerRules.check(details, actor.locale());
        return store.inTransaction(em -> {
            CustomerEntity c = new CustomerEntity(actor.cooperativeId(), activityId, checked, actor.login(),
                    clock.instant());
            em.persist(c);
            em.flush();
            return c.toRecord();
        });
    }

    @Override
    public Customer change(UserContext actor, long customerId, CustomerDetails details) {
        actor.require(InvoicingPermissions.WRITE);
        CustomerDetails checked = CustomerRules.check(details, actor.locale());
        return store.inTransaction(em -> {
            CustomerEntity c = entity(em, actor, customerId, "customer");
            c.change(checked, actor.login(), clock.instant());
            return c.toRecord();
        });
    }

    @Override
    public Optional<Customer> find(UserContext actor, long customerId) {
        return store.read(em -> Optional.ofNullable(em.find(CustomerEntity.class, customerId))
                .filter(c -> c.getCooperativeId() == actor.cooperativeId())
                .filter(c -> reach.reaches(actor, c.getActivityId()))
                .map(CustomerEntity::toRecord));
    }

    @Override
    public List<Customer> list(UserContext actor, long activityId) {
        reach.requireActivity(actor, activityId, "activity");
        return store.read(em -> em.createQuery("select c from InvoicingCustomer c where c.cooperativeId = :coop"
                        + " and c.activityId = :activity order by c.name, c.id", CustomerEntity.class)
                .setParameter("coop", actor.cooperativeId()).setParameter("activity", activityId)
                .setMaxResults(2000).getResultStream().map(CustomerEntity::toRecord).toList());
    }

    /** The customer as an entity inside the caller's transaction, or "not found" on {@code field}. */
    public CustomerEntity entity(EntityManager em, UserContext actor, long customerId, String field) {
        CustomerEntity c = em.find(CustomerEntity.class, customerId);
        if (c == null || c.getCooperativeId() != actor.cooperativeId() || !reach.reaches(actor, c.getActivityId())) {
            throw Reach.notFound(actor, field);
        }
        return c;
    }
}
