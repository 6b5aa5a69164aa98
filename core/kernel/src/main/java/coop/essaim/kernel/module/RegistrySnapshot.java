package coop.essaim.kernel.module;

import coop.essaim.api.module.ModuleStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable view of the registry, replaced as a whole after every change, so that readers (every web
 * request asks for extensions) never take the registry's lock nor see a module half started.
 */
final class RegistrySnapshot {

    static final RegistrySnapshot EMPTY = new RegistrySnapshot(List.of(), List.of());

    private final List<ModuleStatus> statuses;
    private final List<RunningModule> started;   // core first, then by id
    private final Map<Class<?>, List<Extension<?>>> extensions = new ConcurrentHashMap<>();

    private RegistrySnapshot(List<ModuleStatus> statuses, List<RunningModule> started) {
        this.statuses = statuses;
        this.started = started;
    }

    static RegistrySnapshot of(List<ModuleEntry> entries) {
        Comparator<ModuleEntry> order = Comparator.comparing((ModuleEntry e) -> !e.core)
                .thenComparing(ModuleEntry::id).thenComparing(e -> e.location);
        List<ModuleEntry> sorted = new ArrayList<>(entries);
        sorted.sort(order);
        List<ModuleStatus> statuses = sorted.stream().map(ModuleEntry::status).toList();
        List<RunningModule> started = sorted.stream().filter(ModuleEntry::started).map(e -> e.running).toList();
        RegistrySnapshot s = new RegistrySnapshot(statuses, started);
        for (Class<?> point : ModuleStarter.CORE_POINTS) {
            s.extensions(point);   // computed now, under the registry's lock, from instances already made
        }
        return s;
    }

    List<ModuleStatus> statuses() {
        return statuses;
    }

    java.util.Optional<coop.essaim.api.module.ModuleContext> context(String moduleId) {
        return started.stream().filter(m -> m.descriptor().id().equals(moduleId)).findFirst()
                .map(RunningModule::context);
    }

    List<ClassLoader> classLoaders() {
        return started.stream().map(RunningModule::classLoader).distinct().toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    <T> List<Extension<T>> extensions(Class<T> point) {
        List list = extensions.computeIfAbsent(point, p -> {
            List<Extension<?>> out = new ArrayList<>();
            for (RunningModule m : started) {
                for (T instance : m.extensions(point)) {
                    out.add(new Extension<>(m.descriptor(), instance, m.classLoader()));
                }
            }
            return List.copyOf(out);
        });
        return list;
    }
}
