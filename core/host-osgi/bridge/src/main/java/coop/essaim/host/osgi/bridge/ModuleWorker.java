package coop.essaim.host.osgi.bridge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one thread that changes the kernel's module registry. Bundle events arrive on the framework's threads
 * (synchronously, while FileInstall or the launcher installs and starts bundles); starting a module runs
 * migrations and builds a persistence unit, which must not hold those threads. One thread also keeps the
 * kernel seeing events in the order they happened.
 */
final class ModuleWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleWorker.class);

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "essaim-modules");
                t.setDaemon(true);
                return t;
            });

    /** Queues a change; a failing one is logged and never stops the ones after it. */
    void submit(String what, Runnable change) {
        try {
            executor.execute(() -> {
                try {
                    change.run();
                } catch (RuntimeException | LinkageError e) {
                    LOG.error("{} failed: {}", what, e.getMessage(), e);
                }
            });
        } catch (RejectedExecutionException stopping) {
            LOG.debug("{} skipped: the bridge is stopping", what);
        }
    }

    /** Waits until everything queued before this call has run. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        try {
            Future<?> barrier = executor.submit(() -> { });
            barrier.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (RejectedExecutionException | ExecutionException e) {
            return false;
        }
    }

    /**
     * Lets the running change finish, drops the queued ones (the kernel closes every module anyway). Never
     * interrupts: an interrupt during I/O makes embedded Derby close the database under the module.
     */
    @Override
    public void close() {
        executor.getQueue().clear();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("a module change is still running after 30 s; closing the kernel anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
