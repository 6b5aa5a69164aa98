package coop.essaim.api.module;

import java.time.Instant;

/**
 * One line of the "Modules" page. {@code descriptor} is null when the jar could not even be read; then
 * {@code source} (the jar's file name) identifies it.
 */
public record ModuleStatus(String source, ModuleDescriptor descriptor, ModuleState state, String reason,
                           boolean core, Instant since) {

    public String id() {
        return descriptor == null ? source : descriptor.id();
    }
}
