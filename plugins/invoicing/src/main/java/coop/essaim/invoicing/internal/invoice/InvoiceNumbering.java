package coop.essaim.invoicing.internal.invoice;

import coop.essaim.api.persistence.ModuleStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

/**
 * The cooperative's invoice numbers: one series per calendar year ({@code 2026-00001}, {@code 2026-00002}...),
 * shared by invoices and credit notes, given in the order of validation. The validating transaction locks the
 * series row, so two validations never get the same number; a validation that fails rolls its number back with
 * it, so the series has no gap.
 */
final class InvoiceNumbering {

    private InvoiceNumbering() {
    }

    /** Creates the year's series if it does not exist yet; called outside the validating transaction. */
    static void ensureSeries(ModuleStore store, long cooperativeId, int year) {
        boolean exists = store.read(em -> em.find(NumberSeriesEntity.class,
                new NumberSeriesEntity.Key(cooperativeId, year)) != null);
        if (exists) {
            return;
        }
        try {
            store.run(em -> em.persist(new NumberSeriesEntity(cooperativeId, year)));
        } catch (PersistenceException concurrentlyCreated) {
            // another validation created it first: the row exists, which is all this needs
        }
    }

    /** The next number, the series row staying locked until the caller's transaction ends. */
    static String next(EntityManager em, long cooperativeId, int year) {
        NumberSeriesEntity series = em.find(NumberSeriesEntity.class, new NumberSeriesEntity.Key(cooperativeId, year),
                LockModeType.PESSIMISTIC_WRITE);
        if (series == null) {
            throw new IllegalStateException("no number series " + year + " for cooperative " + cooperativeId);
        }
        return String.format("%d-%05d", year, series.next());
    }
}
