package coop.essaim.web.api;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.People;
import coop.essaim.api.security.UserContext;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/cooperatives} and {@code /cooperatives/{id}}: the cooperatives the caller acts in (a
 * user belongs to one today; a federation administrator will see several); any other id is a 404.
 * {@code GET /api/v1/establishments}: the caller's cooperative's sites.
 */
final class CooperativesResource {

    private CooperativesResource() {
    }

    static void list(ApiExchange exchange) throws IOException {
        List<Map<String, Object>> items = own(exchange, exchange.requireUser()).stream()
                .map(CooperativesResource::toJson).toList();
        Page.send(exchange, items, 0, QueryParameters.MAX_LIMIT, (long) items.size(), false);
    }

    static void get(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        Cooperative coop = own(exchange, user).stream().filter(c -> c.id() == exchange.id()).findFirst()
                .orElseThrow(exchange::notFound);
        exchange.send(200, toJson(coop));
    }

    static void establishments(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        List<Map<String, Object>> items = exchange.kernel().service(People.class).establishments(user).stream()
                .map(CooperativesResource::toJson).toList();
        Page.send(exchange, items, 0, QueryParameters.MAX_LIMIT, (long) items.size(), false);
    }

    private static List<Cooperative> own(ApiExchange exchange, UserContext user) {
        return exchange.kernel().service(CooperativeDirectory.class).find(user.cooperativeId()).stream().toList();
    }

    private static Map<String, Object> toJson(Cooperative c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("legalName", c.legalName());
        out.put("shortName", c.shortName());
        out.put("legalForm", c.legalForm());
        out.put("country", c.country());
        out.put("currency", c.currency());
        out.put("fiscalYearStartMonth", c.fiscalYearStartMonth());
        out.put("defaultLocale", c.defaultLocale());
        out.put("createdAt", String.valueOf(c.createdAt()));
        return out;
    }

    private static Map<String, Object> toJson(Establishment e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("name", e.name());
        out.put("address", PersonJson.address(e.address()));
        return out;
    }
}
