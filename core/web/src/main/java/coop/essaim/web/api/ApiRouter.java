package coop.essaim.web.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which handler answers which method on which path (paths relative to {@code /api}). A known path with
 * another method is a 405 with {@code Allow}; an unknown path a 404.
 */
final class ApiRouter {

    private final Map<String, Map<String, ApiHandler>> routes = new LinkedHashMap<>();

    ApiRouter() {
        route("GET", "/v1/health", HealthResource::get);
        route("POST", "/v1/tokens", TokensResource::issue);
        route("DELETE", "/v1/tokens/current", TokensResource::revokeCurrent);
        route("GET", "/v1/modules", ModulesResource::list);
        route("GET", "/v1/me", MeResource::get);
    }

    private void route(String method, String path, ApiHandler handler) {
        routes.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(method, handler);
    }

    /** The handler, or a 404/405 problem. {@code path} may end with a slash. */
    ApiHandler resolve(String method, String path, ApiExchange exchange) {
        String normalized = path == null || path.isEmpty() ? "/" : path;
        if (normalized.length() > 1 && normalized.endsWith("/")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        Map<String, ApiHandler> byMethod = routes.get(normalized);
        if (byMethod == null) {
            throw new ApiProblem(404, exchange.text("api.notFound", "/api" + normalized));
        }
        return Optional.ofNullable(byMethod.get(method)).orElseThrow(() -> new ApiProblem(405,
                exchange.text("api.method", method, String.join(", ", byMethod.keySet())),
                java.util.List.of(), Map.of("Allow", String.join(", ", byMethod.keySet()))));
    }
}
