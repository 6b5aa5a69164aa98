package coop.essaim.testkit;

import coop.essaim.api.module.ModuleState;
import coop.essaim.api.module.ModuleStatus;
import coop.essaim.kernel.module.ModuleRegistry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks that every plugin the test chose reached STARTED, and says why not otherwise. */
final class PluginStates {

    private PluginStates() {
    }

    static void requireStarted(ModuleRegistry registry, List<Path> plugins) {
        List<String> problems = new ArrayList<>();
        for (Path p : plugins) {
            Optional<ModuleStatus> s = registry.modules().stream()
                    .filter(m -> m.source().equals(p.toString())).findFirst();
            if (s.isEmpty()) {
                problems.add(p + ": not installed");
            } else if (s.get().state() != ModuleState.STARTED) {
                problems.add(p + " (module " + s.get().id() + ") is " + s.get().state() + ": " + s.get().reason());
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("plugins did not start:\n  " + String.join("\n  ", problems));
        }
    }

    static String describe(List<ModuleStatus> modules) {
        return modules.stream().map(m -> m.id() + "=" + m.state() + (m.reason() == null ? "" : " (" + m.reason() + ")"))
                .collect(Collectors.joining(", "));
    }
}
