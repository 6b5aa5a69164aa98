package coop.essaim.invoicing.internal.numbering;

import coop.essaim.api.persistence.ModuleStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import java.util.function.BiFunction;

/**
 * Gives the numbers of a yearly series without gap: the numbering transaction locks the series row, so two
 * transactions never get the same number, and one that fails rolls its number back with it.
 */
public final class YearlySeries<T extends YearlySeriesRow> {

    private final Class<T> rowClass;
    private final BiFunction<Long, Integer, T> newRow;
    private final String name;

    /** {@code name} names the series in the error of a missing row ("number series", "quote series"). */
    public YearlySeries(Class<T> rowClass, BiFunction<Long, Integer, T> newRow, String name) {
        this.rowClass = rowClass;
        this.newRow = newRow;
        this.name = name;
    }

    /** Creates the year's series if it does not exist yet; called outside the numbering transaction. */
    public void ensure(ModuleStore store, long cooperativeId, int year) {
        boolean exists = store.read(em -> em.find(rowClass, new YearlySeriesRow.Key(cooperativeId, year)) != null);
        if (exists) {
            return;
        }
        try {
            store.run(em -> em.persist(newRow.apply(cooperativeId, year)));
        } catch (PersistenceException concurrentlyCreated) {
            // another transaction created it first: the row exists, which is all this needs
        }
    }

    /** The next number, the series row staying locked until the caller's transaction ends. */
    public int next(EntityManager em, long cooperativeId, int year) {
        T series = em.find(rowClass, new YearlySeriesRow.Key(cooperativeId, year), LockModeType.PESSIMISTIC_WRITE);
        if (series == null) {
            throw new IllegalStateException("no " + name + " " + year + " for cooperative " + cooperativeId);
        }
        return series.next();
    }
}
