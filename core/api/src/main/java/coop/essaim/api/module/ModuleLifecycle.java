package coop.essaim.api.module;

/**
 * Extension point (optional, at most one per module): told when the module starts and stops.
 *
 * <p>The core calls {@link #start} after the module's migrations ran and before its other contributions
 * are published, on the host's thread that loads modules; an exception marks the module FAILED and none of
 * its contributions are published. {@link #stop} is called before the module's class loader goes away:
 * release threads, timers and connections here.
 */
public interface ModuleLifecycle {

    void start(ModuleContext context) throws Exception;

    default void stop() {
    }
}
