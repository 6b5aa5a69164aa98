package coop.essaim.kernel.servicetesting;

import coop.essaim.api.module.ModuleDescriptor;
import coop.essaim.api.module.ModuleState;
import coop.essaim.api.module.ModuleStatus;
import coop.essaim.kernel.host.ModuleSource;
import coop.essaim.kernel.module.Extension;
import coop.essaim.kernel.module.ModuleListener;
import coop.essaim.kernel.module.ModuleRegistry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A registry whose "started modules" are objects the test hands in, so each domain service is tested
 * against the extensions it must honour without building module jars (the real registry has its own tests).
 */
public final class FakeModuleRegistry implements ModuleRegistry {

    private record Registered(Class<?> point, Extension<?> extension) {
    }

    private final List<Registered> extensions = new CopyOnWriteArrayList<>();
    private final List<ModuleDescriptor> started = new CopyOnWriteArrayList<>();
    private final List<ModuleListener> listeners = new CopyOnWriteArrayList<>();

    public static ModuleDescriptor descriptor(String id) {
        return new ModuleDescriptor(id, "1.0.0", id, "*", List.of(), null);
    }

    /** Publishes an extension of module {@code moduleId} (no listener is told: see {@link #start}). */
    public <T> FakeModuleRegistry add(String moduleId, Class<T> point, T instance) {
        return add(moduleId, point, instance, getClass().getClassLoader());
    }

    public <T> FakeModuleRegistry add(String moduleId, Class<T> point, T instance, ClassLoader loader) {
        extensions.add(new Registered(point, new Extension<>(descriptor(moduleId), instance, loader)));
        return this;
    }

    /** Withdraws the extensions of module {@code moduleId}, as a module that stops does. */
    public void withdraw(String moduleId) {
        extensions.removeIf(r -> r.extension().module().id().equals(moduleId));
    }

    /** Tells the listeners that the module started, as the real registry does after publishing its extensions. */
    public void start(String moduleId) {
        ModuleDescriptor d = descriptor(moduleId);
        if (started.stream().noneMatch(m -> m.id().equals(moduleId))) {
            started.add(d);
        }
        listeners.forEach(l -> l.started(d));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<Extension<T>> extensions(Class<T> point) {
        List<Extension<T>> out = new ArrayList<>();
        for (Registered r : extensions) {
            if (r.point() == point) {
                out.add((Extension<T>) r.extension());
            }
        }
        return out;
    }

    @Override
    public String coreVersion() {
        return "0.1.0";
    }

    @Override
    public List<ModuleStatus> modules() {
        return started.stream().map(d -> new ModuleStatus(d.id(), d, ModuleState.STARTED, null, false, Instant.EPOCH))
                .toList();
    }

    @Override
    public Optional<ModuleStatus> module(String id) {
        return modules().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Override
    public void install(ModuleSource source) {
        throw new UnsupportedOperationException("modules are handed in with add()");
    }

    @Override
    public void uninstall(String location) {
        throw new UnsupportedOperationException("modules are handed in with add()");
    }

    @Override
    public void reportUnreadable(String location, String reason) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void forgetUnreadable(String location) {
        throw new UnsupportedOperationException();
    }

    @Override
    public java.util.Optional<coop.essaim.api.module.ModuleContext> context(String moduleId) {
        return java.util.Optional.empty();
    }

    @Override
    public List<ClassLoader> classLoaders() {
        return List.of(getClass().getClassLoader());
    }

    @Override
    public void addListener(ModuleListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(ModuleListener listener) {
        listeners.remove(listener);
    }
}
