package coop.essaim.host.pf4j;

import coop.essaim.api.module.ModuleState;
import coop.essaim.api.module.ModuleStatus;
import coop.essaim.kernel.module.ModuleRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Waits for the host's folder watcher to act. The bound is generous and only there so a broken host fails
 * the test instead of hanging it; nothing is asserted about how long it took.
 */
final class Await {

    private static final Duration BOUND = Duration.ofSeconds(60);

    private Await() {
    }

    static void until(String what, BooleanSupplier condition, ModuleRegistry registry) {
        Instant end = Instant.now().plus(BOUND);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                fail("still not " + what + "; modules: " + registry.modules());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what);
            }
        }
    }

    static ModuleStatus module(ModuleRegistry registry, String id, Predicate<ModuleStatus> condition, String what) {
        until("module " + id + " " + what, () -> registry.module(id).filter(condition).isPresent(), registry);
        return registry.module(id).orElseThrow();
    }

    static ModuleStatus state(ModuleRegistry registry, String id, ModuleState state) {
        return module(registry, id, s -> s.state() == state, "in state " + state);
    }

    static void absent(ModuleRegistry registry, String id) {
        until("module " + id + " gone", () -> registry.module(id).isEmpty()
                || registry.module(id).map(s -> s.state() != ModuleState.STARTED).orElse(true), registry);
    }

    static Optional<ModuleStatus> find(ModuleRegistry registry, String id) {
        return registry.module(id);
    }
}
