package coop.essaim.invoicing.internal.quote;

import coop.essaim.api.persistence.ModuleStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

/**
 * The cooperative's quote numbers: one series per calendar year ({@code D2026-00001}...), given when a quote is
 * sent, the invoices' way (a locked series row, so no two quotes share a number, and a failed sending gives its
 * number back). A table of its own rather than a key in the invoices' series: that table's key is the year alone,
 * and the invoices' numbering must stay exactly what it is.
 */
final class QuoteNumbering {

    static final String PREFIX = "D";

    private QuoteNumbering() {
    }

    /** Creates the year's series if it does not exist yet; called outside the sending transaction. */
    static void ensureSeries(ModuleStore store, long cooperativeId, int year) {
        boolean exists = store.read(em -> em.find(QuoteSeriesEntity.class,
                new QuoteSeriesEntity.Key(cooperativeId, year)) != null);
        if (exists) {
            return;
        }
        try {
            store.run(em -> em.persist(new QuoteSeriesEntity(cooperativeId, year)));
        } catch (PersistenceException concurrentlyCreated) {
            // another sending created it first: the row exists, which is all this needs
        }
    }

    /** The next number, the series row staying locked until the caller's transaction ends. */
    static String next(EntityManager em, long cooperativeId, int year) {
        QuoteSeriesEntity series = em.find(QuoteSeriesEntity.class, new QuoteSeriesEntity.Key(cooperativeId, year),
                LockModeType.PESSIMISTIC_WRITE);
        if (series == null) {
            throw new IllegalStateException("no quote series " + year + " for cooperative " + cooperativeId);
        }
        return String.format("%s%d-%05d", PREFIX, year, series.next());
    }
}
