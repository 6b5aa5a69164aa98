package coop.essaim.web.api;

import coop.essaim.api.security.UserContext;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** {@code GET /api/v1/me}: who the token acts as, in which cooperative, with which rights. */
final class MeResource {

    private MeResource() {
    }

    static void get(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("userId", user.userId());
        out.put("login", user.login());
        out.put("displayName", user.displayName());
        out.put("cooperativeId", user.cooperativeId());
        out.put("roles", new TreeSet<>(user.roles()));
        out.put("permissions", new TreeSet<>(user.permissions()));
        out.put("locale", user.locale() == null ? null : user.locale().toLanguageTag());
        exchange.send(200, out);
    }
}
