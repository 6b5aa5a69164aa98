package coop.essaim.api.persistence;

import jakarta.persistence.EntityManager;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A module's access to its own persistence unit. Each call runs in one resource-local transaction that
 * commits when the work returns and rolls back when it throws (the exception is rethrown unchanged), so a
 * failed operation never leaves half its writes. Never share an EntityManager across calls or threads.
 */
public interface ModuleStore {

    <R> R inTransaction(Function<EntityManager, R> work);

    default void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Read-only work: the transaction is rolled back at the end whatever happens. */
    <R> R read(Function<EntityManager, R> work);
}
