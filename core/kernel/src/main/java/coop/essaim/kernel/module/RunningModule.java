package coop.essaim.kernel.module;

import coop.essaim.api.module.ModuleDescriptor;
import coop.essaim.api.module.ModuleLifecycle;
import coop.essaim.kernel.host.ModuleSource;
import jakarta.persistence.EntityManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A started module: its extensions, its lifecycle hook and the persistence unit it owns. */
final class RunningModule {

    private static final Logger LOG = LoggerFactory.getLogger(RunningModule.class);

    private final ModuleSource source;
    private final ModuleDescriptor descriptor;
    private final KernelModuleContext context;
    private final EntityManagerFactory ownedUnit;
    private final ModuleLifecycle lifecycle;
    private final Map<Class<?>, List<?>> extensions;

    RunningModule(ModuleSource source, ModuleDescriptor descriptor, KernelModuleContext context,
                  EntityManagerFactory ownedUnit, ModuleLifecycle lifecycle, Map<Class<?>, List<?>> extensions) {
        this.source = source;
        this.descriptor = descriptor;
        this.context = context;
        this.ownedUnit = ownedUnit;
        this.lifecycle = lifecycle;
        this.extensions = new ConcurrentHashMap<>(extensions);
    }

    ModuleDescriptor descriptor() {
        return descriptor;
    }

    KernelModuleContext context() {
        return context;
    }

    ClassLoader classLoader() {
        return source.classLoader();
    }

    /**
     * The instances for an extension point; points outside the core API (a plugin's own extension points)
     * are read the first time someone asks for them, and a broken entry there is logged and skipped.
     */
    @SuppressWarnings("unchecked")
    <T> List<T> extensions(Class<T> point) {
        return (List<T>) extensions.computeIfAbsent(point, p -> {
            try {
                return List.copyOf(ServiceFiles.instantiate(point, source, context));
            } catch (RuntimeException e) {
                LOG.error("module {}: cannot read its {} extensions: {}", descriptor.id(), point.getName(),
                        Failures.describe(e), e);
                return List.of();
            }
        });
    }

    /** Never throws: a module that fails to stop must not keep the others from stopping. */
    void stop() {
        if (lifecycle != null) {
            try {
                lifecycle.stop();
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("module {}: ModuleLifecycle.stop failed: {}", descriptor.id(), Failures.describe(e), e);
            }
        }
        closeUnit();
    }

    void closeUnit() {
        if (ownedUnit != null && ownedUnit.isOpen()) {
            try {
                ownedUnit.close();
            } catch (RuntimeException e) {
                LOG.warn("module {}: closing its persistence unit failed: {}", descriptor.id(), e.getMessage(), e);
            }
        }
    }
}
