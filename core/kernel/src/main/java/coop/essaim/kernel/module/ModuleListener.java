package coop.essaim.kernel.module;

import coop.essaim.api.module.ModuleDescriptor;

/** Told after a module started or stopped (the web layer remounts pages and clears its caches). */
public interface ModuleListener {

    void started(ModuleDescriptor module);

    void stopped(ModuleDescriptor module);
}
