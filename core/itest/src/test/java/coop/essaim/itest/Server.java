package coop.essaim.itest;

import coop.essaim.api.cooperative.NewCooperative;
import coop.essaim.host.osgi.launcher.FrameworkConfig;
import coop.essaim.kernel.Kernel;
import coop.essaim.kernel.setup.FirstRunSetup;
import org.osgi.framework.BundleContext;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The server as the tests inside the framework see it: its address, its plugins folder, a browser-like HTTP
 * client (cookies, no automatic redirects, same-origin fetch metadata on form posts) and waiting for
 * asynchronous outcomes (FileInstall polls every second) with a generous bound.
 */
public final class Server {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "correct horse battery staple";
    private static final Duration WAIT = Duration.ofSeconds(60);
    // kept in a constant so the class never names FrameworkConfig at run time inside the framework
    private static final String PORT = FrameworkConfig.HTTP_PORT;
    private static final String PLUGINS = FrameworkConfig.FILEINSTALL_DIR;

    private final BundleContext context;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    public Server(BundleContext context) {
        this.context = context;
    }

    public String base() {
        return "http://127.0.0.1:" + context.getProperty(PORT) + "/";
    }

    public Path plugins() {
        return Path.of(context.getProperty(PLUGINS));
    }

    public Path fixtures() {
        return Path.of(context.getProperty(EssaimRuntime.FIXTURES));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Follows redirects as a browser does (relative Location headers included). */
    public HttpResponse<String> browse(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        for (int hops = 0; hops < 10 && r.statusCode() / 100 == 3; hops++) {
            URI next = r.uri().resolve(r.headers().firstValue("Location").orElseThrow());
            r = http.send(HttpRequest.newBuilder(next).build(), HttpResponse.BodyHandlers.ofString());
        }
        return r;
    }

    /** Waits for Jetty and the servlets: 200 on the health endpoint. */
    public void awaitHealth() throws InterruptedException {
        await("HTTP 200 on /api/v1/health", () -> {
            try {
                return get("api/v1/health").statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    /** Creates the first cooperative and its administrator through the kernel, unless done already. */
    public void ensureCooperative(Kernel kernel) {
        if (kernel.setup().needed()) {
            kernel.setup().createFirstCooperative(
                    new NewCooperative("Coopérative d'essai", "Essai", "SCOP_SA", "FR", "EUR", 1, "fr"),
                    new FirstRunSetup.NewAdministrator(ADMIN, "Camille Admin", "admin@example.org",
                            ADMIN_PASSWORD.toCharArray()));
        }
    }

    /** Logs in through the login page's form, as a person would. */
    public void login(String login, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = browse("login");
        assertEquals(page.body(), 200, page.statusCode());
        Matcher form = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(page.body());
        assertTrue("a form on the login page: " + page.body(), form.find());
        URI action = page.uri().resolve(form.group(1).replace("&amp;", "&"));
        String body = "login=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("login redirects away from the form: " + r.body(), 3, r.statusCode() / 100);
        HttpResponse<String> home = browse("");
        assertEquals(200, home.statusCode());
        assertTrue("logged in: " + home.uri(), !home.uri().getPath().endsWith("/login"));
    }

    public static void await(String what, BooleanSupplier condition) throws InterruptedException {
        await(() -> what, condition);
    }

    /** Polls until the condition holds; fails with {@code what} (read then, so it shows the last state) after a minute. */
    public static void await(Supplier<String> what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within " + WAIT.toSeconds() + " s: " + what.get());
    }
}
