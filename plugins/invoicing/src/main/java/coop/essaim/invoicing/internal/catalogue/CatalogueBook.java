package coop.essaim.invoicing.internal.catalogue;

import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.Catalogue;
import coop.essaim.invoicing.api.CatalogueItem;
import coop.essaim.invoicing.api.CatalogueItemDetails;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.Reach;
import coop.essaim.invoicing.internal.SalesRulebook;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The activities' catalogues, each seen and written only by those who reach its activity. */
public final class CatalogueBook implements Catalogue {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueBook.class);

    private final ModuleStore store;
    private final Reach reach;
    private final SalesRulebook rulebook;
    private final Clock clock;

    public CatalogueBook(ModuleStore store, Reach reach, SalesRulebook rulebook, Clock clock) {
        this.store = store;
        this.reach = reach;
        this.rulebook = rulebook;
        this.clock = clock;
    }

    @Override
    public CatalogueItem create(UserContext actor, long activityId, CatalogueItemDetails details) {
        actor.require(InvoicingPermissions.WRITE);
        reach.requireActivity(actor, activityId, "activity");
        CatalogueItemDetails checked = CatalogueRules.check(details, actor, rulebook, LocalDate.now(clock));
        return store.inTransaction(em -> {
            requireUniqueName(em, actor, activityId, checked.name(), null);
            CatalogueItemEntity item = new CatalogueItemEntity(actor.cooperativeId(), activityId, checked,
                    actor.login(), clock.instant());
            em.persist(item);
            em.flush();
            return item.toRecord();
        });
    }

    @Override
    public CatalogueItem change(UserContext actor, long itemId, CatalogueItemDetails details) {
        actor.require(InvoicingPermissions.WRITE);
        return store.inTransaction(em -> {
            CatalogueItemEntity item = entity(em, actor, itemId);
            if (item.isArchived()) {
                throw new ValidationException("item", Messages.text(actor.locale(), "error.catalogueArchived"));
            }
            CatalogueItemDetails checked = CatalogueRules.check(details, actor, rulebook, LocalDate.now(clock));
            requireUniqueName(em, actor, item.getActivityId(), checked.name(), item.getId());
            item.change(checked, actor.login(), clock.instant());
            return item.toRecord();
        });
    }

    @Override
    public CatalogueItem archive(UserContext actor, long itemId) {
        actor.require(InvoicingPermissions.WRITE);
        return store.inTransaction(em -> {
            CatalogueItemEntity item = entity(em, actor, itemId);
            if (!item.isArchived()) {
                item.archive(actor.login(), clock.instant());
                LOG.debug("catalogue item {} of activity {} archived by {}", itemId, item.getActivityId(),
                        actor.login());
            }
            return item.toRecord();
        });
    }

    @Override
    public Optional<CatalogueItem> find(UserContext actor, long itemId) {
        return store.read(em -> Optional.ofNullable(em.find(CatalogueItemEntity.class, itemId))
                .filter(i -> i.getCooperativeId() == actor.cooperativeId())
                .filter(i -> reach.reaches(actor, i.getActivityId()))
                .map(CatalogueItemEntity::toRecord));
    }

    @Override
    public List<CatalogueItem> list(UserContext actor, long activityId, boolean withArchived) {
        reach.requireActivity(actor, activityId, "activity");
        return store.read(em -> em.createQuery("select i from InvoicingCatalogueItem i where i.cooperativeId = :c"
                        + " and i.activityId = :a" + (withArchived ? "" : " and i.archived = false")
                        + " order by i.archived, i.name, i.id", CatalogueItemEntity.class)
                .setParameter("c", actor.cooperativeId()).setParameter("a", activityId).setMaxResults(2000)
                .getResultStream().map(CatalogueItemEntity::toRecord).toList());
    }

    private void requireUniqueName(EntityManager em, UserContext actor, long activityId, String name, Long self) {
        List<Long> same = em.createQuery("select i.id from InvoicingCatalogueItem i where i.cooperativeId = :c"
                        + " and i.activityId = :a and i.archived = false and lower(i.name) = :n", Long.class)
                .setParameter("c", actor.cooperativeId()).setParameter("a", activityId)
                .setParameter("n", name.toLowerCase(Locale.ROOT)).getResultList();
        if (same.stream().anyMatch(id -> !id.equals(self))) {
            throw new ValidationException("name", Messages.text(actor.locale(), "error.catalogueName", name));
        }
    }

    private CatalogueItemEntity entity(EntityManager em, UserContext actor, long itemId) {
        CatalogueItemEntity item = em.find(CatalogueItemEntity.class, itemId);
        if (item == null || item.getCooperativeId() != actor.cooperativeId()
                || !reach.reaches(actor, item.getActivityId())) {
            throw Reach.notFound(actor, "item");
        }
        return item;
    }
}
