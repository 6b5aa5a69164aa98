package coop.essaim.accompaniment.internal;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.module.ModuleLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the workshop reminders every quarter of an hour while the module is started. Safe on several nodes at once
 * and when run twice: each reminder is claimed in the database before it is sent.
 */
public final class AccompanimentLifecycle implements ModuleLifecycle {

    static final long PERIOD_MINUTES = 15;
    private static final Logger LOG = LoggerFactory.getLogger(AccompanimentLifecycle.class);

    private ScheduledExecutorService scheduler;

    @Override
    public void start(ModuleContext context) {
        Accompaniment.of(context);   // fails the start now, not in the first run, when a service is missing
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "accompaniment-reminders");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                int sent = Accompaniment.of(context).reminders().sendDue();
                if (sent > 0) {
                    LOG.info("accompaniment: {} workshop reminders sent", sent);
                }
            } catch (RuntimeException e) {
                // an exception escaping the task would cancel every later run
                LOG.warn("accompaniment: workshop reminders failed, next run in {} minutes", PERIOD_MINUTES, e);
            }
        }, 1, PERIOD_MINUTES, TimeUnit.MINUTES);
    }

    @Override
    public void stop() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("accompaniment: the reminder thread did not stop within 10 seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
