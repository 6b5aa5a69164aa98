package coop.essaim.invoicing.internal.quote;

import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.Quote;
import coop.essaim.invoicing.api.QuoteStatus;
import coop.essaim.invoicing.internal.Reach;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.List;

/**
 * An activity's quotes, newest first, filtered in the database: SENT means sent and still valid on the day,
 * EXPIRED sent and past its validity date (the stored status stays SENT).
 */
final class QuoteSearch {

    private final ModuleStore store;
    private final Reach reach;

    QuoteSearch(ModuleStore store, Reach reach) {
        this.store = store;
        this.reach = reach;
    }

    /** The caller checked the activity is in the actor's reach. */
    List<Quote> of(UserContext actor, long activityId, QuoteStatus status, LocalDate today) {
        if (!reach.reaches(actor, activityId)) {
            return List.of();
        }
        String where = " where q.cooperativeId = :c and q.activityId = :a";
        if (status == QuoteStatus.SENT) {
            where += " and q.status = :s and q.validUntil >= :day";
        } else if (status == QuoteStatus.EXPIRED) {
            where += " and q.status = :s and q.validUntil < :day";
        } else if (status != null) {
            where += " and q.status = :s";
        }
        String jpql = "select q from InvoicingQuote q" + where + " order by q.issueDate desc, q.id desc";
        return store.read(em -> {
            TypedQuery<QuoteEntity> query = em.createQuery(jpql, QuoteEntity.class)
                    .setParameter("c", actor.cooperativeId()).setParameter("a", activityId);
            if (status != null) {
                query.setParameter("s", status == QuoteStatus.EXPIRED ? QuoteStatus.SENT : status);
            }
            if (status == QuoteStatus.SENT || status == QuoteStatus.EXPIRED) {
                query.setParameter("day", today);
            }
            return query.getResultStream().map(q -> q.toRecord(today)).toList();
        });
    }
}
