package coop.essaim.kernel.module;

import coop.essaim.api.module.ModuleDependency;
import coop.essaim.api.module.ModuleDescriptor;
import coop.essaim.api.module.VersionRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** {@code Plugin-Dependencies} against the started modules; optional dependencies never hold a module back. */
final class DependencyCheck {

    private DependencyCheck() {
    }

    /** The unmet dependencies, as the "Modules" page says them: {@code invoicing >=1.2.0 (found 1.0.0)}. */
    static List<String> missing(ModuleDescriptor d, Function<String, Optional<ModuleDescriptor>> started) {
        List<String> missing = new ArrayList<>();
        for (ModuleDependency dep : d.dependencies()) {
            if (dep.optional()) {
                continue;
            }
            String range = "*".equals(dep.versionRange()) ? "" : " " + dep.versionRange();
            Optional<ModuleDescriptor> held = started.apply(dep.id());
            if (held.isEmpty()) {
                missing.add(dep.id() + range);
            } else if (!VersionRange.satisfies(held.get().version(), dep.versionRange())) {
                missing.add(dep.id() + range + " (found " + held.get().version() + ")");
            }
        }
        return missing;
    }
}
