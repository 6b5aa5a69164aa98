package coop.essaim.kernel.module;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.module.ModuleDescriptor;
import coop.essaim.api.persistence.ModuleStore;

import java.util.Optional;

/** The context of one module; its store is set once the module's persistence unit exists. */
final class KernelModuleContext implements ModuleContext {

    private final ModuleDescriptor descriptor;
    private final ServiceDirectory services;
    private volatile ModuleStore store;

    KernelModuleContext(ModuleDescriptor descriptor, ServiceDirectory services) {
        this.descriptor = descriptor;
        this.services = services;
    }

    void store(ModuleStore store) {
        this.store = store;
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public <T> T service(Class<T> type) {
        return services.find(type).orElseThrow(() -> new IllegalStateException("module " + descriptor.id()
                + " asked for " + type.getName() + ", which no started module nor the core provides"));
    }

    @Override
    public <T> Optional<T> findService(Class<T> type) {
        return services.find(type);
    }

    @Override
    public Optional<ModuleStore> store() {
        return Optional.ofNullable(store);
    }
}
