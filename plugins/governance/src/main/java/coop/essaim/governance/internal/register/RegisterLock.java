package coop.essaim.governance.internal.register;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One write of a cooperative's register at a time, from its checks to its line: two payments on one subscription
 * never both pass the check of what remains due. The ledger entry is posted in the core's own transaction, so a
 * database lock in the module's transaction could not cover both; Essaim runs as one process per installation.
 */
final class RegisterLock {

    private static final Map<Long, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private RegisterLock() {
    }

    static <T> T serially(long cooperativeId, Supplier<T> work) {
        ReentrantLock lock = LOCKS.computeIfAbsent(cooperativeId, c -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
