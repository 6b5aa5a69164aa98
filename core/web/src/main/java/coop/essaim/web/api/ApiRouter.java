package coop.essaim.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which handler answers which method on which path (paths relative to {@code /api}). A segment in braces is
 * a numeric id ({@code /v1/people/{id}}), or any text when written {@code {name:text}}; a known path with another method is a 405 with {@code Allow}; an
 * unknown path, or an id that is not a number, a 404. A path no core route answers may be a module's
 * ({@code /v1/<module-id>/...}, {@link ModuleApi}): the core's routes always come first.
 */
final class ApiRouter {

    private record Route(String method, String[] segments, ApiHandler handler) {
    }

    /** A segment {@code {name:text}} is any text (an account code), not a numeric id. */
    private static final String TEXT = ":text";

    private final List<Route> routes = new ArrayList<>();
    private final ModuleApi modules;

    /** {@code modules}: the modules' endpoints, for the paths no core route answers. */
    ApiRouter(ModuleApi modules) {
        this.modules = modules;
        route("GET", "/v1/health", HealthResource::get);
        route("POST", "/v1/tokens", TokensResource::issue);
        route("DELETE", "/v1/tokens/current", TokensResource::revokeCurrent);
        route("GET", "/v1/modules", ModulesResource::list);
        route("GET", "/v1/me", MeResource::get);
        route("GET", "/v1/routes", exchange -> RoutesResource.list(exchange, describe()));
        route("GET", "/v1/cooperatives", CooperativesResource::list);
        route("GET", "/v1/cooperatives/{id}", CooperativesResource::get);
        route("GET", "/v1/cooperatives/{id}/identity", CooperativeIdentityResource::get);
        route("PUT", "/v1/cooperatives/{id}/identity", CooperativeIdentityResource::put);
        route("GET", "/v1/cooperatives/{id}/contribution-rates", ContributionsResource::rates);
        route("POST", "/v1/cooperatives/{id}/contribution-rates", ContributionsResource::addRate);
        route("GET", "/v1/cooperatives/{id}/settings", SettingsResource::list);
        route("PUT", "/v1/cooperatives/{id}/settings", SettingsResource::put);
        route("GET", "/v1/establishments", CooperativesResource::establishments);
        route("GET", "/v1/people", PeopleResource::list);
        route("POST", "/v1/people", PeopleResource::create);
        route("POST", "/v1/people/import", ImportResource::post);
        route("GET", "/v1/people/{id}", PeopleResource::get);
        route("PUT", "/v1/people/{id}", PeopleResource::update);
        route("GET", "/v1/people/{id}/path", PeopleResource::path);
        route("POST", "/v1/people/{id}/path", PeopleResource::transition);
        route("POST", "/v1/people/{id}/referent", PeopleResource::changeReferent);
        route("GET", "/v1/people/{id}/terms", TermsResource::list);
        route("POST", "/v1/people/{id}/terms", TermsResource::amend);
        route("GET", "/v1/people/{id}/export", PrivacyResource::export);
        route("GET", "/v1/people/{id}/anonymisation", PrivacyResource::anonymisation);
        route("POST", "/v1/people/{id}/anonymisation", PrivacyResource::anonymise);
        route("GET", "/v1/activities", ActivitiesResource::list);
        route("POST", "/v1/activities", ActivitiesResource::create);
        route("GET", "/v1/activities/{id}", ActivitiesResource::get);
        route("POST", "/v1/activities/{id}/members", ActivitiesResource::addMember);
        route("GET", "/v1/activities/{id}/branding", ActivityBrandingResource::get);
        route("PUT", "/v1/activities/{id}/branding", ActivityBrandingResource::put);
        route("GET", "/v1/activities/{id}/logo", ActivityBrandingResource::logo);
        route("PUT", "/v1/activities/{id}/logo", ActivityBrandingResource::putLogo);
        route("DELETE", "/v1/activities/{id}/logo", ActivityBrandingResource::removeLogo);
        route("GET", "/v1/activities/{id}/account", ActivityAccountResource::account);
        route("GET", "/v1/activities/{id}/treasury", ActivityAccountResource::treasury);
        route("GET", "/v1/activities/{id}/treasury/forecast", ActivityAccountResource::forecast);
        route("GET", "/v1/ledger/entries", LedgerResource::entries);
        route("POST", "/v1/ledger/entries", LedgerResource::post);
        route("GET", "/v1/ledger/entries/{id}", LedgerResource::entry);
        route("POST", "/v1/ledger/entries/{id}/reversal", LedgerResource::reverse);
        route("GET", "/v1/ledger/balances", LedgerResource::balances);
        route("GET", "/v1/ledger/verify", LedgerResource::verify);
        route("GET", "/v1/ledger/contributions", ContributionsResource::preview);
        route("POST", "/v1/ledger/contributions", ContributionsResource::post);
        route("GET", "/v1/ledger/export", LedgerJournalResource::export);
        route("POST", "/v1/ledger/import", LedgerJournalResource::importJournal);
        route("GET", "/v1/ledger/lettering", LetteringResource::lettered);
        route("POST", "/v1/ledger/lettering", LetteringResource::letter);
        route("GET", "/v1/ledger/lettering/open", LetteringResource::open);
        route("GET", "/v1/ledger/lettering/suggestions", LetteringResource::suggestions);
        route("DELETE", "/v1/ledger/lettering/{account:text}/{code:text}", LetteringResource::unletter);
        route("GET", "/v1/ledger/reports/trial-balance", LedgerReportsResource::trialBalance);
        route("GET", "/v1/ledger/reports/general-ledger", LedgerReportsResource::generalLedger);
        route("GET", "/v1/ledger/reports/balance-sheet", LedgerReportsResource::balanceSheet);
        route("GET", "/v1/ledger/reports/income-statement", LedgerReportsResource::incomeStatement);
    }

    /** Every route this API answers now: the core's, then the started modules' (method, path, module). */
    List<RoutesResource.Described> describe() {
        List<RoutesResource.Described> out = new ArrayList<>();
        for (Route route : routes) {
            out.add(new RoutesResource.Described(route.method(), "/api/" + String.join("/", route.segments()), "core"));
        }
        for (ModuleRoutes.Route route : modules.routes()) {
            out.add(new RoutesResource.Described(route.endpoint().method(),
                    "/api/v1/" + route.moduleId() + "/" + route.endpoint().path(), route.moduleId()));
        }
        return out;
    }

    private void route(String method, String path, ApiHandler handler) {
        routes.add(new Route(method, path.substring(1).split("/"), handler));
    }

    /** The handler, with the path's ids set on the exchange, or a 404/405 problem. {@code path} may end with a slash. */
    ApiHandler resolve(String method, String path, ApiExchange exchange) {
        String normalized = path == null || path.isEmpty() ? "/" : path;
        if (normalized.length() > 1 && normalized.endsWith("/")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        String[] segments = normalized.substring(1).split("/", -1);
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Map<String, String> ids = match(route.segments(), segments);
            if (ids == null) {
                continue;
            }
            allowed.add(route.method());
            if (route.method().equals(method)) {
                ids.forEach((name, value) -> {
                    if (name.endsWith(TEXT)) {
                        exchange.pathText(name.substring(0, name.length() - TEXT.length()), value);
                    } else {
                        exchange.pathId(name, parseId(value, exchange));
                    }
                });
                return route.handler();
            }
        }
        if (allowed.isEmpty()) {
            ApiHandler module = modules.resolve(method, normalized, exchange);
            if (module != null) {
                return module;
            }
            throw new ApiProblem(404, exchange.text("api.notFound", "/api" + normalized));
        }
        String allow = String.join(", ", allowed);
        throw new ApiProblem(405, exchange.text("api.method", method, allow), List.of(), Map.of("Allow", allow));
    }

    /** The template's ids by name when the path fits it, null otherwise. */
    private static Map<String, String> match(String[] template, String[] segments) {
        if (template.length != segments.length) {
            return null;
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (int i = 0; i < template.length; i++) {
            if (template[i].startsWith("{")) {
                if (segments[i].isEmpty()) {
                    return null;
                }
                ids.put(template[i].substring(1, template[i].length() - 1), segments[i]);
            } else if (!template[i].equals(segments[i])) {
                return null;
            }
        }
        return ids;
    }

    private static long parseId(String value, ApiExchange exchange) {
        if (!value.matches("[0-9]{1,18}")) {
            throw new ApiProblem(404, exchange.text("api.id.invalid", value));
        }
        return Long.parseLong(value);
    }
}
