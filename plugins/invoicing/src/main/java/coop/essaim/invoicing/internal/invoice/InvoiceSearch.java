package coop.essaim.invoicing.internal.invoice;

import coop.essaim.api.people.ResultPage;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.api.InvoiceQuery;
import coop.essaim.invoicing.api.InvoiceStatus;
import coop.essaim.invoicing.internal.Reach;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Set;

/** One page of invoices in reach, filtered and counted in the database. */
final class InvoiceSearch {

    private final ModuleStore store;
    private final Reach reach;

    InvoiceSearch(ModuleStore store, Reach reach) {
        this.store = store;
        this.reach = reach;
    }

    ResultPage<Invoice> page(UserContext actor, InvoiceQuery q) {
        Set<Long> own = reach.reachesAll(actor) ? null : reach.own(actor);
        if (own != null && own.isEmpty()) {
            return new ResultPage<>(List.of(), 0, q.offset(), q.limit());
        }
        StringBuilder where = new StringBuilder(" where i.cooperativeId = :coop");
        if (own != null) {
            where.append(" and i.activityId in :own");
        }
        if (q.activityId() != null) {
            where.append(" and i.activityId = :activity");
        }
        if (q.status() != null) {
            where.append(" and i.status = :status");
        }
        if (q.overdueOn() != null) {
            where.append(" and i.status = :validated and i.kind <> :credit and i.dueDate < :day"
                    + " and i.settledMinor < i.totalInclMinor");
        }
        return store.read(em -> {
            long total = bind(em.createQuery("select count(i) from InvoicingInvoice i" + where, Long.class),
                    actor, q, own).getSingleResult();
            List<Invoice> items = bind(em.createQuery("select i from InvoicingInvoice i" + where
                            + " order by i.issueDate desc, i.id desc", InvoiceEntity.class), actor, q, own)
                    .setFirstResult(q.offset()).setMaxResults(q.limit())
                    .getResultStream().map(InvoiceEntity::toRecord).toList();
            return new ResultPage<>(items, total, q.offset(), q.limit());
        });
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, UserContext actor, InvoiceQuery q, Set<Long> own) {
        query.setParameter("coop", actor.cooperativeId());
        if (own != null) {
            query.setParameter("own", own);
        }
        if (q.activityId() != null) {
            query.setParameter("activity", q.activityId());
        }
        if (q.status() != null) {
            query.setParameter("status", q.status());
        }
        if (q.overdueOn() != null) {
            query.setParameter("validated", InvoiceStatus.VALIDATED).setParameter("credit", InvoiceKind.CREDIT_NOTE)
                    .setParameter("day", q.overdueOn());
        }
        return query;
    }
}
