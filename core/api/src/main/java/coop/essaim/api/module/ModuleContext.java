package coop.essaim.api.module;

import coop.essaim.api.persistence.ModuleStore;

import java.util.Optional;

/**
 * What the core gives a module. Extensions receive it through a public constructor taking a
 * {@code ModuleContext} (the core prefers it over a no-argument constructor).
 */
public interface ModuleContext {

    ModuleDescriptor descriptor();

    /**
     * A core service or a service published by another module's API: {@code CooperativeDirectory},
     * {@code UserDirectory}, {@code AuditTrail}, {@code DomainEvents}, {@code CooperativeSettings},
     * {@code Mailer}, {@code ModuleCatalog}. Throws {@link IllegalStateException} when absent.
     */
    <T> T service(Class<T> type);

    <T> Optional<T> findService(Class<T> type);

    /** The module's own persistence unit; empty when the module contributes no entities. */
    Optional<ModuleStore> store();
}
