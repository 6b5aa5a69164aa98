package coop.essaim.kernel.module;

import coop.essaim.api.module.ModuleDescriptor;
import coop.essaim.api.module.ModuleState;
import coop.essaim.api.module.ModuleStatus;
import coop.essaim.kernel.host.ModuleSource;

import java.time.Instant;

/** What the registry knows of one location; mutated only under the registry's lock. */
final class ModuleEntry {

    final String location;
    final ModuleSource source;          // null when the jar could not be read at all
    final ModuleDescriptor descriptor;  // null when there is no usable manifest
    final boolean core;
    final long sequence;                // install order, for retrying waiting modules fairly
    ModuleState state;
    String reason;
    Instant since;
    RunningModule running;
    boolean duplicate;                  // refused because its id is installed from another location

    ModuleEntry(String location, ModuleSource source, ModuleDescriptor descriptor, boolean core, long sequence) {
        this.location = location;
        this.source = source;
        this.descriptor = descriptor;
        this.core = core;
        this.sequence = sequence;
    }

    String id() {
        return descriptor == null ? location : descriptor.id();
    }

    boolean started() {
        return state == ModuleState.STARTED;
    }

    void set(ModuleState state, String reason, Instant now) {
        this.state = state;
        this.reason = reason;
        this.since = now;
    }

    ModuleStatus status() {
        return new ModuleStatus(location, descriptor, state, reason, core, since);
    }
}
