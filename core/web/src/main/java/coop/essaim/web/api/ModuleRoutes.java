package coop.essaim.web.api;

import coop.essaim.api.web.ApiContribution;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.kernel.module.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The endpoints of the started modules by module id, built from one snapshot of the registry's
 * {@link ApiContribution}s and replaced when that snapshot changes. Immutable.
 */
final class ModuleRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleRoutes.class);

    /** An endpoint of a module, with the class loader its operation runs under. */
    record Route(String moduleId, ApiEndpoint endpoint, String[] segments, int placeholders, ClassLoader loader) {

        /** The placeholders' ids when {@code path} (the segments after the module id) fits, null otherwise. */
        Map<String, Long> match(String[] path) {
            if (path.length != segments.length) {
                return null;
            }
            Map<String, Long> ids = new LinkedHashMap<>();
            for (int i = 0; i < segments.length; i++) {
                if (segments[i].startsWith("{")) {
                    if (!path[i].matches("[1-9][0-9]{0,17}")) {
                        return null;
                    }
                    ids.put(segments[i].substring(1, segments[i].length() - 1), Long.parseLong(path[i]));
                } else if (!segments[i].equals(path[i])) {
                    return null;
                }
            }
            return ids;
        }
    }

    static final ModuleRoutes EMPTY = new ModuleRoutes(null, Map.of());

    private final List<Extension<ApiContribution>> source;
    private final Map<String, List<Route>> byModule;

    private ModuleRoutes(List<Extension<ApiContribution>> source, Map<String, List<Route>> byModule) {
        this.source = source;
        this.byModule = byModule;
    }

    /** Asks every contribution for its endpoints; one that fails is logged and left out, the others served. */
    static ModuleRoutes build(List<Extension<ApiContribution>> extensions) {
        Map<String, List<Route>> byModule = new LinkedHashMap<>();
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        for (Extension<ApiContribution> extension : extensions) {
            String module = extension.module().id();
            List<ApiEndpoint> endpoints = endpointsOf(extension);
            List<Route> routes = byModule.computeIfAbsent(module, m -> new ArrayList<>());
            Set<String> keys = seen.computeIfAbsent(module, m -> new HashSet<>());
            for (ApiEndpoint endpoint : endpoints) {
                String[] segments = endpoint.path().split("/");
                String key = endpoint.method() + " " + endpoint.path().replaceAll("\\{[^}]*}", "{}");
                if (!keys.add(key)) {
                    LOG.error("module {}: {} /api/v1/{}/{} is declared twice; the first one answers", module,
                            endpoint.method(), module, endpoint.path());
                    continue;
                }
                int placeholders = (int) java.util.Arrays.stream(segments).filter(s -> s.startsWith("{")).count();
                routes.add(new Route(module, endpoint, segments, placeholders, extension.classLoader()));
            }
        }
        Map<String, List<Route>> sorted = new LinkedHashMap<>();
        byModule.forEach((module, routes) -> sorted.put(module, routes.stream()
                .sorted(Comparator.comparingInt(Route::placeholders)).toList()));
        return new ModuleRoutes(extensions, Map.copyOf(sorted));
    }

    private static List<ApiEndpoint> endpointsOf(Extension<ApiContribution> extension) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(extension.classLoader());
            List<ApiEndpoint> endpoints = extension.instance().endpoints();
            return endpoints == null ? List.of() : List.copyOf(endpoints);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("module {}: its ApiContribution {} failed, its endpoints are not served",
                    extension.module().id(), extension.instance().getClass().getName(), e);
            return List.of();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Whether this table was built from exactly that list (the registry hands out one list per snapshot). */
    boolean builtFrom(List<Extension<ApiContribution>> extensions) {
        return source == extensions;
    }

    /** Every started module's routes, module by module. */
    List<Route> all() {
        return byModule.values().stream().flatMap(List::stream).toList();
    }

    /** The module's routes, literal segments first; empty when the module has none or is not started. */
    List<Route> of(String moduleId) {
        return byModule.getOrDefault(moduleId, List.of());
    }
}
