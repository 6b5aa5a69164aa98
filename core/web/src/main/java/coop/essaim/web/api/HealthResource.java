package coop.essaim.web.api;

import coop.essaim.api.module.ModuleState;
import coop.essaim.api.module.ModuleStatus;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/health}: for load balancers and monitoring, no authentication. */
final class HealthResource {

    private HealthResource() {
    }

    static void get(ApiExchange exchange) throws IOException {
        List<ModuleStatus> modules = exchange.kernel().modules().modules();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("started", modules.stream().filter(m -> m.state() == ModuleState.STARTED).count());
        counts.put("failed", modules.stream().filter(m -> m.state() == ModuleState.FAILED).count());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "UP");
        body.put("version", exchange.kernel().version());
        body.put("host", exchange.kernel().environment().hostName());
        body.put("modules", counts);
        exchange.send(200, body);
    }
}
