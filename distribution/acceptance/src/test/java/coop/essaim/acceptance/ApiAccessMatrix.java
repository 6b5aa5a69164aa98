package coop.essaim.acceptance;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's access matrix, generated from the installation's own route table ({@code GET /api/v1/routes}) and
 * its demo data, for every demo login: nothing answers without a valid token; no call is a server error; and
 * what a user cannot list, they can neither read nor change. For each route {@code C/{id}...} whose collection
 * {@code C} the administrator lists, every other user is sent every method on the ids the administrator sees
 * and they do not: reads must be refused (403 or 404), writes must not succeed, and the administrator's view
 * of each record must be the same afterwards. What a user does list they must be able to open.
 */
final class ApiAccessMatrix {

    record Route(String method, String path, String module) {

        boolean hasPlaceholder() {
            return path.contains("{");
        }

        boolean write() {
            return !method.equals("GET");
        }
    }

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");
    /** Records tried per route and user: enough to meet every activity of the demo, few enough to stay quick. */
    private static final int SAMPLE = 12;

    private final Http http;
    private final String base;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, String> tokens;
    private final String administrator;
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    /** collection path -> login -> ids listed, null when the list is refused to the login. */
    private final Map<String, Map<String, Set<Long>>> listed = new LinkedHashMap<>();

    ApiAccessMatrix(Http http, String base, Map<String, String> tokens, String administrator) throws Exception {
        this.http = http;
        this.base = base;
        this.tokens = tokens;
        this.administrator = administrator;
        HttpResponse<String> r = http.get("api/v1/routes", tokens.get(administrator));
        if (r.statusCode() != 200) {
            throw new AssertionError("GET /api/v1/routes: HTTP " + r.statusCode() + " " + r.body());
        }
        for (JsonNode route : Http.json(r).get("items")) {
            routes.add(new Route(route.get("method").asText(), route.get("path").asText(),
                    route.get("module").asText()));
        }
    }

    List<Route> routes() {
        return routes;
    }

    List<String> failures() {
        return failures;
    }

    Map<String, Integer> counts() {
        return counts;
    }

    /** Every route but the open two answers 401 without a token and with a made-up one. */
    void everyRouteNeedsAToken() throws Exception {
        for (Route route : routes) {
            if (route.path().equals("/api/v1/health") || route.path().equals("/api/v1/tokens")) {
                continue;
            }
            for (String token : new String[] {null, "made-up-token"}) {
                int status = call(route, 1, token).statusCode();
                count("anonymous refused");
                if (status != 401) {
                    failures.add((token == null ? "no token" : "bad token") + ": " + route.method() + " "
                            + route.path() + " answered " + status + " instead of 401");
                }
            }
        }
    }

    /** Each login lists each collection; never a server error. */
    void listEveryCollection() throws Exception {
        for (Route route : routes) {
            if (route.write() || route.hasPlaceholder()) {
                continue;
            }
            Map<String, Set<Long>> byLogin = new LinkedHashMap<>();
            for (Map.Entry<String, String> login : tokens.entrySet()) {
                byLogin.put(login.getKey(), ids(route.path(), login.getKey(), login.getValue()));
            }
            listed.put(route.path(), byLogin);
        }
    }

    /** What each user cannot list they cannot read nor change; what they list they can open. */
    void recordsOutOfReach() throws Exception {
        Map<String, String> before = new LinkedHashMap<>();
        for (Route route : routes) {
            String collection = collectionOf(route);
            Map<String, Set<Long>> byLogin = collection == null ? null : listed.get(collection);
            if (byLogin == null || byLogin.get(administrator) == null) {
                continue;
            }
            Set<Long> all = byLogin.get(administrator);
            for (String login : tokens.keySet()) {
                if (login.equals(administrator)) {
                    continue;
                }
                Set<Long> mine = byLogin.get(login) == null ? Set.of() : byLogin.get(login);
                List<Long> others = sample(all.stream().filter(id -> !mine.contains(id)).toList());
                for (long id : others) {
                    String item = fill(collection + "/{id}", id);
                    if (route.write() && hasRoute("GET", collection + "/{id}")) {
                        before.putIfAbsent(item, adminView(item));
                    }
                    outOfReach(route, id, login);
                }
                if (!route.write() && route.path().equals(collection + "/{id}")) {
                    for (long id : sample(List.copyOf(mine))) {
                        int status = call(route, id, tokens.get(login)).statusCode();
                        count("listed and opened");
                        if (status != 200) {
                            failures.add(login + " lists " + collection + " " + id + " but GET "
                                    + fill(route.path(), id) + " answered " + status);
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, String> record : before.entrySet()) {
            count("records unchanged");
            String after = adminView(record.getKey());
            if (!after.equals(record.getValue())) {
                failures.add("a refused write changed " + record.getKey() + ":\nbefore " + record.getValue()
                        + "\nafter  " + after);
            }
        }
    }

    private void outOfReach(Route route, long id, String login) throws Exception {
        HttpResponse<String> r = call(route, id, tokens.get(login));
        int status = r.statusCode();
        String what = login + ": " + route.method() + " " + fill(route.path(), id) + " answered " + status;
        if (status >= 500) {
            failures.add(what + " (server error) " + r.body());
        } else if (!route.write()) {
            count("reads refused");
            if (status == 400 && call(route, id, tokens.get(administrator)).statusCode() == 400) {
                count("reads needing a query, not judged");
            } else if (status != 403 && status != 404) {
                failures.add(what + " for a record the user cannot list: " + abbreviate(r.body()));
            }
        } else {
            count("writes refused");
            if (status < 400) {
                failures.add(what + " for a record the user cannot list: " + abbreviate(r.body()));
            }
        }
    }

    /** The collection a route's single id belongs to ({@code /api/v1/x/y} for {@code /api/v1/x/y/{id}/z}). */
    private String collectionOf(Route route) {
        int open = route.path().indexOf('{');
        if (open < 0 || route.path().indexOf('{', open + 1) >= 0) {
            return null;
        }
        String collection = route.path().substring(0, open - 1);
        return hasRoute("GET", collection) ? collection : null;
    }

    private boolean hasRoute(String method, String path) {
        return routes.stream().anyMatch(r -> r.method().equals(method) && r.path().equals(path));
    }

    private Set<Long> ids(String path, String login, String token) throws Exception {
        Set<Long> ids = new LinkedHashSet<>();
        String next = path.substring(1);
        while (next != null) {
            HttpResponse<String> r = http.get(next, token);
            count("lists read");
            if (r.statusCode() >= 500) {
                failures.add(login + ": GET " + next + " answered " + r.statusCode() + " " + abbreviate(r.body()));
            }
            if (r.statusCode() != 200) {
                return next.equals(path.substring(1)) ? null : ids;
            }
            if (!r.headers().firstValue("Content-Type").orElse("").contains("json")) {
                return ids;
            }
            JsonNode body = Http.json(r);
            for (JsonNode item : body.has("items") ? body.get("items") : body) {
                if (item.path("id").canConvertToLong() && item.path("id").isIntegralNumber()) {
                    ids.add(item.get("id").asLong());
                }
            }
            Matcher link = NEXT.matcher(r.headers().firstValue("Link").orElse(""));
            next = link.find() ? relative(link.group(1)) : null;
        }
        return ids;
    }

    private String relative(String link) {
        String path = link.startsWith(base) ? link.substring(base.length()) : link;
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private String adminView(String item) throws Exception {
        HttpResponse<String> r = http.get(item.substring(1), tokens.get(administrator));
        return r.statusCode() + " " + r.body();
    }

    private HttpResponse<String> call(Route route, long id, String token) throws IOException, InterruptedException {
        String body = route.method().equals("POST") || route.method().equals("PUT") || route.method().equals("PATCH")
                ? "{}" : null;
        return http.send(route.method(), fill(route.path(), id).substring(1), token, body);
    }

    private static String fill(String template, long id) {
        return template.replaceAll("\\{[a-zA-Z]+(:text)?}", Long.toString(id));
    }

    /** A spread of at most {@link #SAMPLE} ids, the same at every run. */
    private static List<Long> sample(List<Long> ids) {
        if (ids.size() <= SAMPLE) {
            return ids;
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < SAMPLE; i++) {
            out.add(ids.get(i * ids.size() / SAMPLE));
        }
        return out;
    }

    private void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
