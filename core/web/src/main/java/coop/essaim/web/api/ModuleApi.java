package coop.essaim.web.api;

import coop.essaim.api.security.UserContext;
import coop.essaim.api.web.ApiContribution;
import coop.essaim.api.web.ApiResult;
import coop.essaim.kernel.module.Extension;
import coop.essaim.kernel.module.ModuleRegistry;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The endpoints modules contribute ({@link ApiContribution}) at {@code /api/v1/<module-id>/...}, for the paths
 * no core route answers. The routing table follows the registry: it is rebuilt whenever the registry's snapshot
 * of contributions is another list, so a module that starts or stops is served or gone at the next request.
 */
final class ModuleApi {

    private static final Pattern MODULE_PATH = Pattern.compile("/v1/([a-z][a-z0-9-]*)/(.+)");

    private final ModuleRegistry modules;
    private volatile ModuleRoutes routes = ModuleRoutes.EMPTY;

    ModuleApi(ModuleRegistry modules) {
        this.modules = modules;
    }

    /**
     * The handler of a module's endpoint for {@code path} (relative to {@code /api}, without a trailing slash),
     * a 405 problem when the path is the module's but not the method, or null when no module answers the path.
     */
    ApiHandler resolve(String method, String path, ApiExchange exchange) {
        Matcher m = MODULE_PATH.matcher(path);
        if (!m.matches()) {
            return null;
        }
        String[] segments = m.group(2).split("/", -1);
        Set<String> allowed = new LinkedHashSet<>();
        for (ModuleRoutes.Route route : current().of(m.group(1))) {
            Map<String, Long> ids = route.match(segments);
            if (ids == null) {
                continue;
            }
            if (route.endpoint().method().equals(method)) {
                return call -> invoke(route, ids, call);
            }
            allowed.add(route.endpoint().method());
        }
        if (allowed.isEmpty()) {
            return null;
        }
        String allow = String.join(", ", allowed);
        throw new ApiProblem(405, exchange.text("api.method", method, allow), List.of(), Map.of("Allow", allow));
    }

    /** The started modules' endpoints, as they answer now. */
    List<ModuleRoutes.Route> routes() {
        return current().all();
    }

    private ModuleRoutes current() {
        List<Extension<ApiContribution>> now = modules.extensions(ApiContribution.class);
        ModuleRoutes table = routes;
        if (!table.builtFrom(now)) {
            table = ModuleRoutes.build(now);
            routes = table; // two requests racing here build the same table; either may win
        }
        return table;
    }

    private static void invoke(ModuleRoutes.Route route, Map<String, Long> ids, ApiExchange exchange)
            throws IOException {
        UserContext user = exchange.requireUser();
        ModuleCall call = new ModuleCall(exchange, user, ids);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ApiResult result;
        Object body;
        try {
            thread.setContextClassLoader(route.loader());
            result = route.endpoint().operation().handle(call);
            if (result == null) {
                throw new IllegalStateException("module " + route.moduleId() + ": " + route.endpoint().method()
                        + " " + route.endpoint().path() + " answered null");
            }
            body = result.file().isPresent() ? null
                    : PlainValues.of(result.body()); // records' accessors are the module's code: under its loader
        } catch (LinkageError e) {
            // a module whose class loader is going away: a 500 with a reference, like any other failure
            throw new IllegalStateException("module " + route.moduleId() + ": " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        ModuleAnswer.send(exchange, route.moduleId(), result, body);
    }
}
