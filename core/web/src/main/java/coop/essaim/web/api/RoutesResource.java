package coop.essaim.web.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/routes}: every endpoint this installation answers now, the core's and the started modules',
 * for any logged-in caller. It tells an integrator what a given installation offers (its modules differ from
 * one cooperative to another); it reveals no record, and each endpoint still checks the caller's permission.
 */
final class RoutesResource {

    /** One route: its method, its path template ({@code {id}} a numeric id) and the module answering it. */
    record Described(String method, String path, String module) {
    }

    private RoutesResource() {
    }

    static void list(ApiExchange exchange, List<Described> routes) throws IOException {
        exchange.requireUser();
        List<Map<String, Object>> items = routes.stream().map(RoutesResource::toJson).toList();
        exchange.send(200, Map.of("items", items));
    }

    private static Map<String, Object> toJson(Described route) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("method", route.method());
        json.put("path", route.path());
        json.put("module", route.module());
        return json;
    }
}
