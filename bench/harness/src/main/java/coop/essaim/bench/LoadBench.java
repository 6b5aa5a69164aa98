package coop.essaim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code ./essaim bench load}: N users (50 by default) of the demo cooperative at once on a running server for M
 * minutes (10 by default), as people use it: each logs in through the form, learns the pages its own screens link
 * to and the API collections it may list, then opens them one after another with a short pause, reading pages
 * and calling the API with its token. Every answer must be a 200: anything else is an error, counted and shown.
 * Every 30 s the server's heap in use is read after a full GC ({@code jcmd}); the run passes when there was no
 * error and the heap kept after GC in the last third of the run is within 10% (or 16 MB) of the first third's.
 */
public final class LoadBench {

    private static final List<String> LOGINS = List.of("admin", "conseil", "nadia", "compta", "jeanne", "elu");
    private static final Pattern ACTION = Pattern.compile("(^|&)\\d+-[^&]*|wicket/");
    private static final Set<String> LEAVE_ALONE = Set.of("logout", "lang=", "/feed", ".pdf", ".csv", "export",
            "download");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final int PAGES_PER_USER = 40;
    private static final int PER_SHAPE = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STRAGGLERS_WAIT = Duration.ofSeconds(60);

    private final String base;
    private final long serverPid;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
    private final List<long[]> heap = Collections.synchronizedList(new ArrayList<>());

    private LoadBench(String base, long serverPid) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.serverPid = serverPid;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        int users = Integer.parseInt(options.getOrDefault("--users", "50"));
        double minutes = Double.parseDouble(options.getOrDefault("--minutes", "10"));
        LoadBench bench = new LoadBench(required(options, "--base"), Long.parseLong(required(options, "--pid")));
        boolean passed = bench.run(users, Duration.ofSeconds((long) (minutes * 60)),
                options.containsKey("--server-log") ? Path.of(options.get("--server-log")) : null);
        System.exit(passed ? 0 : 1);
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("expected " + name + " VALUE");
        }
        return value;
    }

    private boolean run(int users, Duration length, Path serverLog) throws Exception {
        long heapBefore = heapAfterGc();
        System.out.printf("load: %d users for %d s on %s; server heap after a full GC before the load: %,d KB%n",
                users, length.toSeconds(), base, heapBefore);
        List<Thread> threads = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(users);
        AtomicLong end = new AtomicLong();
        List<VirtualUser> people = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            VirtualUser user = new VirtualUser(LOGINS.get(i % LOGINS.size()), new SplittableRandom(i));
            people.add(user);
            Thread thread = new Thread(() -> user.work(ready, end), "user-" + i);
            thread.start();
            threads.add(thread);
        }
        ready.await();
        long start = System.nanoTime();
        end.set(start + length.toNanos());
        requests.set(0);
        latenciesMicros.clear();
        System.out.printf("load: %d users logged in and found their pages (%d pages and %d API collections in"
                + " all); timing starts%n", users, people.stream().mapToInt(u -> u.pages.size()).sum(),
                people.stream().mapToInt(u -> u.collections.size()).sum());
        while (System.nanoTime() < end.get()) {
            Thread.sleep(Math.min(30_000, Math.max(1, (end.get() - System.nanoTime()) / 1_000_000)));
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            long used = heapAfterGc();
            heap.add(new long[] {seconds, used});
            System.out.printf("  %4d s: %,9d requests, %d errors, heap after GC %,d KB%n", seconds, requests.get(),
                    errors.get(), used);
        }
        // no client time-outs (see VirtualUser.client): a user still waiting for an answer a minute after the end
        // is stopped and counted as an error, so a stuck server ends the run instead of hanging it
        long deadline = System.nanoTime() + STRAGGLERS_WAIT.toNanos();
        for (Thread t : threads) {
            t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            if (t.isAlive()) {
                error(t.getName() + ": no answer " + STRAGGLERS_WAIT.toSeconds() + " s after the end of the run");
                t.interrupt();
                t.join();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return report(seconds, serverLog);
    }

    private boolean report(double seconds, Path serverLog) throws IOException {
        List<Long> sorted = new ArrayList<>(latenciesMicros);
        Collections.sort(sorted);
        System.out.printf("requests: %,d in %.0f s (%.1f a second); errors: %d%n", requests.get(), seconds,
                requests.get() / seconds, errors.get());
        if (!sorted.isEmpty()) {
            System.out.printf("latency: median %.1f ms, 95th %.1f ms, 99th %.1f ms, slowest %.1f ms%n",
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    sorted.get(sorted.size() - 1) / 1000.0);
        }
        errorSamples.stream().limit(20).forEach(e -> System.out.println("  error: " + e));
        // a sample also counts the answers being built at that instant (samples of one 10-minute run of 50 users
        // went from 72 to 210 MB and back), so each third is judged by its lowest sample, what the server kept: a
        // leak raises every sample, the lowest with them
        int third = Math.max(1, heap.size() / 3);
        long first = lowest(heap.subList(0, third));
        long last = lowest(heap.subList(heap.size() - third, heap.size()));
        long allowed = Math.max(first / 10, 16 * 1024);
        boolean flat = last - first <= allowed;
        System.out.printf("heap kept after GC (lowest sample): first third %,d KB, last third %,d KB (%+,d KB;"
                + " allowed %,d KB): %s%n",
                first, last, last - first, allowed, flat ? "flat" : "GROWING");
        long logErrors = 0;
        if (serverLog != null && Files.exists(serverLog)) {
            List<String> lines = Files.readAllLines(serverLog);
            List<String> faults = lines.stream().filter(LoadBench::fault).toList();
            logErrors = faults.size();
            faults.stream().limit(10).forEach(l -> System.out.println("  server log: " + l));
            System.out.printf("server log: %d error lines (ERROR, Wicket warnings)%n", logErrors);
        }
        boolean passed = errors.get() == 0 && flat && logErrors == 0;
        System.out.println(passed ? "load: PASSED" : "load: FAILED");
        return passed;
    }

    /** As the acceptance tests read the log: any ERROR, and Wicket's warnings (a page it could not keep...). */
    private static boolean fault(String line) {
        return line.contains("] ERROR") || line.contains(" ERROR ") || line.contains("Error serializing")
                || line.startsWith("org.apache.wicket") && line.contains("] WARN");
    }

    private static long lowest(List<long[]> samples) {
        return samples.stream().mapToLong(s -> s[1]).min().orElse(0);
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    private long heapAfterGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher m = HEAP_USED.matcher(jcmd("GC.heap_info"));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", Long.toString(serverPid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("jcmd " + serverPid + " " + command + ": " + out);
        }
        return out;
    }

    /** One person at a keyboard: their own session, token, pages and pace. */
    private final class VirtualUser {

        private final String login;
        private final SplittableRandom random;
        // HTTP/1.1 as browsers speak it to a server without TLS, and no connect or request time-out: with either
        // set, the JDK 17 client's timers cancelled thousands of exchanges in a 2-minute run (-Djdk.httpclient.
        // HttpClient.log=errors: ResponseTimerEvent, Http1Exchange.cancel), some while the answer was arriving,
        // long before the time-out, and it sent the GET again: the user saw no error, the server wrote to a
        // closed connection ("Broken pipe" in its log). Without them: no cancel, no broken pipe.
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        private final List<String> pages = new ArrayList<>();
        private final List<String> collections = new ArrayList<>();
        private String token;

        VirtualUser(String login, SplittableRandom random) {
            this.login = login;
            this.random = random;
        }

        void work(CountDownLatch ready, AtomicLong end) {
            try {
                logIn();
                findPages();
                findCollections();
            } catch (Exception e) {
                error("set-up of " + login + ": " + e);
            } finally {
                ready.countDown();
            }
            try {
                while (end.get() == 0) {
                    Thread.sleep(10);
                }
                while (System.nanoTime() < end.get()) {
                    boolean api = !collections.isEmpty() && (pages.isEmpty() || random.nextInt(4) == 0);
                    if (api) {
                        timed(collections.get(random.nextInt(collections.size())), true);
                    } else if (!pages.isEmpty()) {
                        timed(pages.get(random.nextInt(pages.size())), false);
                    }
                    Thread.sleep(200 + random.nextInt(800));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void timed(String url, boolean api) {
            long t0 = System.nanoTime();
            try {
                HttpRequest.Builder b = request(url);
                if (api) {
                    b.header("Authorization", "Bearer " + token);
                }
                HttpResponse<String> r = client.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
                latenciesMicros.add((System.nanoTime() - t0) / 1000);
                requests.incrementAndGet();
                if (r.statusCode() != 200) {
                    error(login + " " + url + ": HTTP " + r.statusCode());
                } else if (!api && !r.body().contains("logout")) {
                    error(login + " " + url + ": not a page of a logged-in user (" + r.uri() + ")");
                }
            } catch (IOException e) {
                requests.incrementAndGet();
                error(login + " " + url + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void logIn() throws IOException, InterruptedException {
            HttpResponse<String> page = client.send(request(base + "login").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Element form = Jsoup.parse(page.body(), page.uri().toString()).selectFirst("form");
            if (form == null) {
                throw new IOException("no login form at " + page.uri());
            }
            String password = "essaim-" + login + "-demo";
            StringJoiner fields = new StringJoiner("&");
            for (Element input : form.select("input[name]")) {
                String value = switch (input.attr("name")) {
                    case "login" -> login;
                    case "password" -> password;
                    default -> input.val();
                };
                fields.add(encode(input.attr("name")) + "=" + encode(value));
            }
            HttpResponse<String> after = client.send(request(form.absUrl("action"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "same-origin")
                    .POST(HttpRequest.BodyPublishers.ofString(fields.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (!after.body().contains("logout")) {
                throw new IOException(login + " could not log in (" + after.uri() + ")");
            }
            String json = JSON.createObjectNode().put("login", login).put("password", password).toString();
            HttpResponse<String> issued = client.send(request(base + "api/v1/tokens")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (issued.statusCode() != 201) {
                throw new IOException("token for " + login + ": HTTP " + issued.statusCode());
            }
            token = JSON.readTree(issued.body()).get("token").asText();
        }

        /** The pages its own screens link to, breadth first from home, a few of each kind, no actions. */
        private void findPages() throws IOException, InterruptedException {
            Map<String, Integer> perShape = new HashMap<>();
            Deque<String> queue = new ArrayDeque<>(List.of(base));
            Set<String> seen = new LinkedHashSet<>(queue);
            while (!queue.isEmpty() && pages.size() < PAGES_PER_USER) {
                String url = queue.removeFirst();
                HttpResponse<String> r = client.send(request(url).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200 || !r.headers().firstValue("Content-Type").orElse("")
                        .startsWith("text/html")) {
                    continue;
                }
                pages.add(url);
                Document doc = Jsoup.parse(r.body(), r.uri().toString());
                for (Element a : doc.select("a[href]")) {
                    String link = bookmarkable(a.absUrl("href"));
                    if (link != null && seen.add(link)
                            && perShape.merge(link.replaceAll("\\d+", "N").replaceAll("=[^&]*", "="), 1,
                                    Integer::sum) <= PER_SHAPE) {
                        queue.addLast(link);
                    }
                }
            }
        }

        /** The collections of the API it may list: {@code GET} routes without a parameter that answer 200. */
        private void findCollections() throws IOException, InterruptedException {
            JsonNode routes = JSON.readTree(apiGet(base + "api/v1/routes").body());
            for (JsonNode route : routes.get("items")) {
                String path = route.get("path").asText();
                if (route.get("method").asText().equals("GET") && !path.contains("{") && !path.contains(".")) {
                    String url = base + "api/v1/" + path.replaceFirst("^/?(api/v1/)?", "");
                    if (apiGet(url).statusCode() == 200) {
                        collections.add(url);
                    }
                }
            }
        }

        private HttpResponse<String> apiGet(String url) throws IOException, InterruptedException {
            return client.send(request(url).header("Authorization", "Bearer " + token)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String url) {
            return HttpRequest.newBuilder(URI.create(url));
        }

        private String bookmarkable(String url) {
            if (!url.startsWith(base)) {
                return null;
            }
            String bare = url.replaceFirst("#.*$", "");
            String query = bare.contains("?") ? bare.substring(bare.indexOf('?') + 1) : "";
            if (ACTION.matcher(query).find() || bare.contains("/wicket/")
                    || LEAVE_ALONE.stream().anyMatch(bare::contains)) {
                return null;
            }
            return bare.replaceFirst("\\?\\d+$", "");
        }

    }

    private void error(String what) {
        errors.incrementAndGet();
        if (errorSamples.size() < 100) {
            errorSamples.add(what);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
