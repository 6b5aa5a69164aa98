package coop.essaim.kernel.module;

import coop.essaim.api.module.ModuleDescriptor;
import coop.essaim.api.module.ModuleState;
import coop.essaim.api.module.ModuleStatus;
import coop.essaim.api.module.VersionRange;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.kernel.host.ModuleSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The kernel's {@link ModuleRegistry}. State changes (install, uninstall, the retries they trigger) run
 * one at a time under one lock, and listeners are told under it too, in the order things happened;
 * readers use an immutable snapshot replaced after each change. Listeners must not install or uninstall.
 */
public final class KernelModuleRegistry implements ModuleRegistry, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KernelModuleRegistry.class);

    private final String coreVersion;
    private final ModuleStarter starter;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, ModuleEntry> byLocation = new LinkedHashMap<>();
    private final List<ModuleEntry> startOrder = new ArrayList<>();
    private final List<ModuleListener> listeners = new CopyOnWriteArrayList<>();
    private volatile RegistrySnapshot snapshot = RegistrySnapshot.EMPTY;
    private long sequence;

    public KernelModuleRegistry(String coreVersion, ModuleStarter starter, Clock clock) {
        this.coreVersion = coreVersion;
        this.starter = starter;
        this.clock = clock;
    }

    /** The core itself, whose migrations ran and whose unit was built before its services. */
    public void installCore(ModuleSource source, ModuleStore coreStore) {
        locked(() -> {
            ModuleDescriptor d = source.descriptor();
            ModuleEntry e = new ModuleEntry(source.location(), source, d, true, sequence++);
            byLocation.put(e.location, e);
            try {
                markStarted(e, starter.startCore(source, d, coreStore));
            } catch (RuntimeException | LinkageError x) {
                e.set(ModuleState.FAILED, Failures.describe(x), clock.instant());
                throw x;   // a kernel without its core cannot run: the bootstrap reports it
            }
        });
    }

    @Override
    public void install(ModuleSource source) {
        locked(() -> {
            String location = source.location();
            if (byLocation.containsKey(location)) {
                remove(location);
            }
            ModuleDescriptor d;
            try {
                d = source.descriptor();
            } catch (RuntimeException | LinkageError x) {
                ModuleEntry bad = new ModuleEntry(location, source, null, false, sequence++);
                fail(bad, "cannot read the module descriptor: " + Failures.describe(x));
                byLocation.put(location, bad);
                return;
            }
            ModuleEntry e = new ModuleEntry(location, source, d, false, sequence++);
            byLocation.put(location, e);
            Optional<ModuleEntry> other = holderOf(d.id(), e);
            if (other.isPresent()) {
                e.duplicate = true;
                fail(e, "module " + d.id() + " already installed from " + other.get().location);
                return;
            }
            if (tryStart(e)) {
                retryWaiting();
            }
        });
    }

    @Override
    public void uninstall(String location) {
        locked(() -> {
            remove(location);
            retryWaiting();   // dependents may start again elsewhere, a refused duplicate may take the id
        });
    }

    @Override
    public void reportUnreadable(String location, String reason) {
        locked(() -> {
            remove(location);
            ModuleEntry e = new ModuleEntry(location, null, null, false, sequence++);
            fail(e, reason);
            byLocation.put(location, e);
            retryWaiting();
        });
    }

    @Override
    public void forgetUnreadable(String location) {
        locked(() -> {
            ModuleEntry e = byLocation.get(location);
            if (e != null && e.descriptor == null) {
                byLocation.remove(location);
            }
        });
    }

    @Override
    public String coreVersion() {
        return coreVersion;
    }

    @Override
    public List<ModuleStatus> modules() {
        return snapshot.statuses();
    }

    @Override
    public Optional<ModuleStatus> module(String id) {
        List<ModuleStatus> all = snapshot.statuses();
        // a refused duplicate shares the id: prefer the entry that holds it
        return all.stream().filter(s -> s.id().equals(id) && s.state() == ModuleState.STARTED).findFirst()
                .or(() -> all.stream().filter(s -> s.id().equals(id)).findFirst());
    }

    @Override
    public <T> List<Extension<T>> extensions(Class<T> point) {
        return snapshot.extensions(point);
    }

    @Override
    public Optional<coop.essaim.api.module.ModuleContext> context(String moduleId) {
        return snapshot.context(moduleId);
    }

    @Override
    public List<ClassLoader> classLoaders() {
        return snapshot.classLoaders();
    }

    @Override
    public void addListener(ModuleListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(ModuleListener listener) {
        listeners.remove(listener);
    }

    /** Stops every module, the last started first (the core last), and forgets them. */
    @Override
    public void close() {
        locked(() -> {
            for (int i = startOrder.size() - 1; i >= 0; i--) {
                stop(startOrder.get(i), ModuleState.FAILED, "stopped: the kernel is shutting down");
            }
            byLocation.clear();
        });
    }

    /** @return true when it started */
    private boolean tryStart(ModuleEntry e) {
        ModuleDescriptor d = e.descriptor;
        try {
            if (!VersionRange.satisfies(coreVersion, d.requiresCore())) {
                e.set(ModuleState.INCOMPATIBLE, "requires core " + d.requiresCore() + ", this core is "
                        + coreVersion, clock.instant());
                LOG.warn("module {} {}: {}", d.id(), d.version(), e.reason);
                return false;
            }
            List<String> missing = DependencyCheck.missing(d, id -> startedModule(id).map(o -> o.descriptor));
            if (!missing.isEmpty()) {
                e.set(ModuleState.WAITING_FOR_DEPENDENCY, "waiting for " + String.join(", ", missing),
                        clock.instant());
                LOG.info("module {} {}: {}", d.id(), d.version(), e.reason);
                return false;
            }
            markStarted(e, starter.start(e.source, d));
            return true;
        } catch (RuntimeException | LinkageError x) {
            fail(e, Failures.describe(x));
            LOG.debug("module {} failed", d.id(), x);
            return false;
        }
    }

    /** Retries waiting modules (and refused duplicates whose id became free) until none more starts. */
    private void retryWaiting() {
        boolean progress = true;
        while (progress) {
            progress = false;
            List<ModuleEntry> candidates = byLocation.values().stream()
                    .filter(e -> e.state == ModuleState.WAITING_FOR_DEPENDENCY
                            || (e.duplicate && holderOf(e.descriptor.id(), e).isEmpty()))
                    .sorted(Comparator.comparingLong(e -> e.sequence)).toList();
            for (ModuleEntry e : candidates) {
                e.duplicate = false;
                progress |= tryStart(e);
            }
        }
    }

    /** @return true when the removed module was started */
    private boolean remove(String location) {
        ModuleEntry e = byLocation.remove(location);
        if (e == null || !e.started()) {
            return false;
        }
        // dependents first: they may still call the leaving module's API while they stop
        stopDependentsOf(e.descriptor.id());
        stop(e, ModuleState.FAILED, "uninstalled");
        return true;
    }

    private void stopDependentsOf(String id) {
        for (ModuleEntry other : List.copyOf(startOrder)) {
            boolean needs = other.descriptor.dependencies().stream()
                    .anyMatch(dep -> !dep.optional() && dep.id().equals(id));
            if (needs && other.started()) {
                stop(other, ModuleState.WAITING_FOR_DEPENDENCY, "waiting for " + id);
                stopDependentsOf(other.descriptor.id());
            }
        }
    }

    private void markStarted(ModuleEntry e, RunningModule running) {
        e.running = running;
        e.set(ModuleState.STARTED, null, clock.instant());
        startOrder.add(e);
        publish();
        LOG.info("module {} {} started", e.descriptor.id(), e.descriptor.version());
        notifyListeners(l -> l.started(e.descriptor));
    }

    /** Unpublishes first, so that no reader gets an extension whose unit is being closed. */
    private void stop(ModuleEntry e, ModuleState next, String reason) {
        startOrder.remove(e);
        RunningModule running = e.running;
        e.running = null;
        e.set(next, reason, clock.instant());
        publish();
        if (running != null) {
            running.stop();
        }
        LOG.info("module {} {} stopped", e.descriptor.id(), e.descriptor.version());
        notifyListeners(l -> l.stopped(e.descriptor));
    }

    private void fail(ModuleEntry e, String reason) {
        e.set(ModuleState.FAILED, reason, clock.instant());
        LOG.error("module {} ({}): {}", e.id(), e.location, reason);
    }

    private Optional<ModuleEntry> holderOf(String id, ModuleEntry except) {
        return byLocation.values().stream()
                .filter(o -> o != except && !o.duplicate && o.descriptor != null && o.descriptor.id().equals(id))
                .findFirst();
    }

    private Optional<ModuleEntry> startedModule(String id) {
        return startOrder.stream().filter(o -> o.descriptor.id().equals(id)).findFirst();
    }

    private void notifyListeners(Consumer<ModuleListener> event) {
        for (ModuleListener l : listeners) {
            try {
                event.accept(l);
            } catch (RuntimeException x) {
                LOG.error("module listener {} failed: {}", l, x.getMessage(), x);
            }
        }
    }

    private void publish() {
        snapshot = RegistrySnapshot.of(List.copyOf(byLocation.values()));
    }

    private void locked(Runnable change) {
        lock.lock();
        try {
            change.run();
        } finally {
            publish();
            lock.unlock();
        }
    }
}
