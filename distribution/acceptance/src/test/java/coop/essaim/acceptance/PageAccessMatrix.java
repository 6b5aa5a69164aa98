package coop.essaim.acceptance;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pages' access matrix: each demo user logs in through the login form and follows the links their pages
 * offer (bookmarkable addresses only, never an action; a dozen of each kind of page), so the crawl is what the
 * user can reach. Then each user opens every address any other user reached. Never a server error; every link a
 * user is offered opens for them; another's address is refused (403, 404 for a record) or sends them back to a
 * page of their own, and when their crawl was complete a page they were never offered never opens.
 */
final class PageAccessMatrix {

    /**
     * What one user reached: each address with its status; the kinds of page (see {@link #shape}) of which they
     * saw more links than the crawl follows; whether the crawl stopped at its limit.
     */
    record Crawl(String login, Map<String, Integer> reached, Set<String> sampledShapes, boolean truncated) {

        /** Whether the crawl followed every link it was offered. */
        boolean complete() {
            return !truncated && sampledShapes.isEmpty();
        }
    }

    /** A Wicket action or a page instance: a query key such as {@code 2-1.-form} or {@code wicket/page?3}. */
    private static final Pattern ACTION = Pattern.compile("(^|&)\\d+-[^&]*|wicket/");
    private static final Pattern VERSION = Pattern.compile("^\\d+$");
    private static final Set<String> LEAVE_ALONE = Set.of("logout", "lang=", "/feed");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern VALUE = Pattern.compile("=[^&]*");

    /**
     * How many addresses of one kind of page a crawl follows: enough to see several records and filters of each
     * page, not every month of a calendar or every payslip of the demo.
     */
    static final int PER_SHAPE = 12;

    private final String base;
    private final URI origin;
    private final int limit;
    private final String administrator;
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> counts = new TreeMap<>();

    PageAccessMatrix(String base, int limit, String administrator) {
        this.base = base;
        this.administrator = administrator;
        this.origin = URI.create(base);
        this.limit = limit;
    }

    List<String> failures() {
        return failures;
    }

    Map<String, Integer> counts() {
        return counts;
    }

    /** A client logged in through the login form, as a browser would. */
    HttpClient login(String login, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> page = get(client, base + "login");
        Document doc = Jsoup.parse(page.body(), page.uri().toString());
        Element form = doc.selectFirst("form");
        if (form == null) {
            throw new AssertionError("no login form at " + page.uri() + ": " + page.body());
        }
        StringJoiner fields = new StringJoiner("&");
        for (Element input : form.select("input[name]")) {
            String value = switch (input.attr("name")) {
                case "login" -> login;
                case "password" -> password;
                default -> input.val();
            };
            fields.add(encode(input.attr("name")) + "=" + encode(value));
        }
        HttpResponse<String> after = client.send(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.substring(0, base.length() - 1)).header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(fields.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (!after.body().contains("logout")) {
            throw new AssertionError(login + " could not log in: " + after.uri() + " " + after.body());
        }
        return client;
    }

    /** Follows every bookmarkable link from the home page, breadth first, a few of each kind of page. */
    Crawl crawl(String login, HttpClient client) throws Exception {
        Map<String, Integer> reached = new LinkedHashMap<>();
        Map<String, Integer> perShape = new HashMap<>();
        Set<String> sampled = new TreeSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(base));
        Set<String> queued = new HashSet<>(queue);
        boolean truncated = false;
        while (!queue.isEmpty()) {
            if (reached.size() >= limit) {
                truncated = true;
                break;
            }
            String url = queue.removeFirst();
            HttpResponse<String> r = get(client, url);
            reached.put(url, status(r));
            count("pages opened");
            if (!r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Document doc = Jsoup.parse(r.body(), r.uri().toString());
            for (Element a : doc.select("a[href]")) {
                String link = normalise(a.absUrl("href"));
                if (link == null || queued.contains(link)) {
                    continue;
                }
                String shape = shape(link);
                if (perShape.merge(shape, 1, Integer::sum) > PER_SHAPE) {
                    sampled.add(shape);
                    continue;
                }
                queued.add(link);
                queue.addLast(link);
            }
        }
        return new Crawl(login, reached, sampled, truncated);
    }

    /** The kind of page an address opens: its path and query names, numbers and values left out. */
    static String shape(String url) {
        return VALUE.matcher(NUMBER.matcher(url).replaceAll("#")).replaceAll("=");
    }

    /** Checks one user's crawl, then has them open what the others reached and they did not. */
    void judge(Crawl own, HttpClient client, List<Crawl> everyone) throws Exception {
        own.reached().forEach((url, status) -> {
            if (status >= 500) {
                failures.add(own.login() + ": " + url + " is a server error (" + status + ")");
            } else if (status != 200) {
                failures.add(own.login() + ": a link of their own pages, " + url + ", answered " + status);
            }
        });
        for (Crawl other : everyone) {
            for (String url : other.reached().keySet()) {
                if (own.reached().containsKey(url) || other.reached().get(url) != 200) {
                    continue;
                }
                HttpResponse<String> r = get(client, url);
                int status = status(r);
                count("pages of others tried");
                if (status >= 500) {
                    failures.add(own.login() + ": " + url + " (reached by " + other.login() + ") is a server error");
                } else if (status == 403 || status == 404 || status == 401) {
                    count("pages of others refused");
                } else if (!r.uri().getPath().equals(URI.create(url).getPath())) {
                    count("pages of others sent back to the user's own page");
                } else if (mustBeRefused(own, url)) {
                    failures.add(own.login() + " opens " + url + ", reached by " + other.login()
                            + ", a page linked nowhere on their own pages");
                } else {
                    count("pages of others opened, a page the user has, not judged here");
                }
            }
        }
    }

    /**
     * Whether the user's own pages prove they may not open the address: their crawl followed every link they were
     * offered, and none led to that page, whatever its parameters. The administrator holds every permission: what
     * they open is theirs to open. Which records of a page a user may open is the API matrix's part.
     */
    private boolean mustBeRefused(Crawl own, String url) {
        String page = page(url);
        return !own.login().equals(administrator) && own.complete()
                && own.reached().keySet().stream().noneMatch(u -> page(u).equals(page));
    }

    /** The page an address opens, whatever its parameters and ids. */
    private static String page(String url) {
        return NUMBER.matcher(URI.create(url).getPath()).replaceAll("#");
    }

    /** The address to crawl, or null for an action, another site, a logout or a language switch. */
    private String normalise(String url) {
        if (url.isEmpty()) {
            return null;
        }
        URI uri = URI.create(url.replace(" ", "%20"));
        if (!origin.getHost().equals(uri.getHost()) || origin.getPort() != uri.getPort()) {
            return null;
        }
        if (LEAVE_ALONE.stream().anyMatch(url::contains) || ACTION.matcher(uri.getRawPath()).find()) {
            return null;
        }
        StringJoiner query = new StringJoiner("&");
        if (uri.getRawQuery() != null) {
            for (String part : uri.getRawQuery().split("&")) {
                if (ACTION.matcher(part).find()) {
                    return null;
                }
                if (!VERSION.matcher(part).matches()) {
                    query.add(part);
                }
            }
        }
        String path = base + uri.getRawPath().substring(1);
        return query.length() == 0 ? path : path + "?" + query;
    }

    /** The page's status: Wicket's error pages render under their own status; a page back at login is a 401. */
    private static int status(HttpResponse<String> r) {
        return r.uri().getPath().equals("/login") && !r.request().uri().getPath().equals("/login") ? 401
                : r.statusCode();
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Sec-Fetch-Site", "none").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
