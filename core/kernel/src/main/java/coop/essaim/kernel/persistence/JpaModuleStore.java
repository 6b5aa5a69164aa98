package coop.essaim.kernel.persistence;

import coop.essaim.api.persistence.ModuleStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import java.util.function.Function;

/**
 * {@link ModuleStore} over one module's EntityManagerFactory: one EntityManager and one transaction per
 * call. A call made while the same thread is already inside a call on this store joins that transaction
 * instead of opening a second connection (which, on Derby, would wait for the first one's locks); a failure
 * inside it marks the whole transaction for rollback. A module's store holds its outermost calls to the shared
 * {@link ConnectionBudget}, so the core's calls made inside them always find a connection.
 */
public final class JpaModuleStore implements ModuleStore {

    private final EntityManagerFactory emf;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    private final ConnectionBudget budget;

    /** The core's store: its calls are the inner ones a module's transaction makes, never held back. */
    public JpaModuleStore(EntityManagerFactory emf) {
        this(emf, null);
    }

    /** A module's store, whose outermost calls share {@code budget} with the other modules' stores. */
    public JpaModuleStore(EntityManagerFactory emf, ConnectionBudget budget) {
        this.emf = emf;
        this.budget = budget;
    }

    @Override
    public <R> R inTransaction(Function<EntityManager, R> work) {
        return call(work, false);
    }

    @Override
    public <R> R read(Function<EntityManager, R> work) {
        return call(work, true);
    }

    public EntityManagerFactory entityManagerFactory() {
        return emf;
    }

    private <R> R call(Function<EntityManager, R> work, boolean readOnly) {
        EntityManager outer = current.get();
        if (outer != null) {
            return joined(outer, work);
        }
        if (budget == null) {
            return opened(work, readOnly);
        }
        budget.enter();
        try {
            return opened(work, readOnly);
        } finally {
            budget.exit();
        }
    }

    private <R> R opened(Function<EntityManager, R> work, boolean readOnly) {
        EntityManager em = emf.createEntityManager();
        current.set(em);
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            R result = work.apply(em);
            if (readOnly) {
                tx.rollback();
            } else {
                // throws RollbackException when a joined call failed and the work swallowed it
                tx.commit();
            }
            return result;
        } catch (Throwable t) {
            rollbackQuietly(tx, t);
            throw t;
        } finally {
            current.remove();
            em.close();
        }
    }

    private static <R> R joined(EntityManager em, Function<EntityManager, R> work) {
        try {
            return work.apply(em);
        } catch (Throwable t) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().setRollbackOnly();
            }
            throw t;
        }
    }

    private static void rollbackQuietly(EntityTransaction tx, Throwable cause) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
