package coop.essaim.web.api;

import coop.essaim.api.module.ModuleDependency;
import coop.essaim.api.module.ModuleStatus;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/modules}: the "Modules" page as JSON, for those holding core.modules.view. */
final class ModulesResource {

    private ModulesResource() {
    }

    static void list(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        if (!user.can(CorePermissions.MODULES_VIEW)) {
            throw new ApiProblem(403, exchange.text("api.forbidden", CorePermissions.MODULES_VIEW));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (ModuleStatus m : exchange.kernel().modules().modules()) {
            out.add(toJson(m));
        }
        exchange.send(200, out);
    }

    private static Map<String, Object> toJson(ModuleStatus m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", m.id());
        json.put("name", m.descriptor() == null ? null : m.descriptor().name());
        json.put("version", m.descriptor() == null ? null : m.descriptor().version());
        json.put("state", m.state().name());
        json.put("core", m.core());
        json.put("requiresCore", m.descriptor() == null ? null : m.descriptor().requiresCore());
        List<Map<String, Object>> dependencies = new ArrayList<>();
        if (m.descriptor() != null) {
            for (ModuleDependency d : m.descriptor().dependencies()) {
                Map<String, Object> dep = new LinkedHashMap<>();
                dep.put("id", d.id());
                dep.put("versionRange", d.versionRange());
                dep.put("optional", d.optional());
                dependencies.add(dep);
            }
        }
        json.put("dependencies", dependencies);
        json.put("reason", m.reason());
        json.put("source", m.source());
        json.put("since", m.since() == null ? null : m.since().toString());
        return json;
    }
}
