package coop.essaim.kernel.persistence;

import java.util.concurrent.Semaphore;

/**
 * How many module-store calls may hold a pooled connection at once: one fewer than the pool. A module's
 * transaction often calls the core inside it (invoicing posts its entry to the ledger while its own transaction
 * holds the invoice series' row lock), and the core's store takes a second connection from the same pool. Were
 * every connection held by such outer transactions, each would wait for a connection none can free: under load,
 * every request would fail after the pool's timeout. Keeping one connection for the core guarantees that the
 * inner call always gets one, so the outer transactions finish one after the other. A call made while the thread
 * already holds a permit (one module's store calling another's) takes none: waiting on itself would never end.
 */
public final class ConnectionBudget {

    private final Semaphore permits;
    private final ThreadLocal<int[]> held = ThreadLocal.withInitial(() -> new int[1]);
    private final int size;

    public ConnectionBudget(int poolSize) {
        this.size = Math.max(1, poolSize - 1);
        this.permits = new Semaphore(size, true);
    }

    /** For a kernel without modules' stores to bound (tests of one store): never waits. */
    public static ConnectionBudget unbounded() {
        return new ConnectionBudget(Integer.MAX_VALUE);
    }

    public int size() {
        return size;
    }

    /** Waits for a permit unless the thread holds one; pair every call with {@link #exit()}. */
    void enter() {
        int[] depth = held.get();
        if (depth[0] == 0) {
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a database connection", e);
            }
        }
        depth[0]++;
    }

    void exit() {
        int[] depth = held.get();
        depth[0]--;
        if (depth[0] == 0) {
            held.remove();
            permits.release();
        }
    }
}
