package coop.essaim.testkit;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.module.ModuleState;
import coop.essaim.api.module.ModuleStatus;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.UserContext;
import coop.essaim.host.pf4j.EmbeddedHost;
import coop.essaim.kernel.Kernel;
import coop.essaim.kernel.host.LaunchOptions;
import coop.essaim.kernel.module.Extension;
import coop.essaim.kernel.module.ModuleRegistry;
import coop.essaim.web.EssaimWebApplication;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * JUnit 5 extension for plugin authors: the real Essaim core and the chosen plugins, each installed through
 * the PF4J embedded host, on a throwaway Derby database in a temporary folder, or on a fresh PostgreSQL schema
 * when the build sets {@code essaim.test.db.url} (the plugin parent's {@code postgres-tests} profile runs every
 * test of a plugin a second time that way).
 *
 * <pre>
 * &#64;RegisterExtension
 * static EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/classes"));
 *
 * &#64;Test
 * void savesANote() {
 *     UserContext adviser = essaim.userWithRole(CoreRoles.ADVISER);
 *     essaim.store("notes").run(em -&gt; em.persist(new Note(adviser.cooperativeId(), "hello")));
 * }
 * </pre>
 *
 * A static field starts the core once for the test class, an instance field once per test. Before the first
 * test runs, every chosen plugin must have reached STARTED: otherwise the tests fail with the module's state
 * and reason (a missing dependency, a failed migration...). {@link #withWeb()} also serves the web
 * application, the API and the themes on a free port ({@link #baseUrl()}).
 */
public final class EssaimTestKit implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    private final List<Path> plugins;
    private boolean web;
    private boolean requireStarted = true;
    private EmbeddedHost host;
    private Path home;
    private KitDatabase database;
    private boolean perTest;
    private TestCooperative cooperative;
    private final List<EssaimWicketTester> testers = new ArrayList<>();
    private boolean demo;
    private TestCooperative.Country country = TestCooperative.Country.FRANCE;

    private EssaimTestKit(List<Path> plugins) {
        this.plugins = plugins;
    }

    /** The plugins to install: jars, or classes folders with {@code META-INF/MANIFEST.MF} ({@code target/classes}). */
    public static EssaimTestKit withPlugins(Path... plugins) {
        List<Path> list = new ArrayList<>();
        for (Path p : plugins) {
            list.add(Objects.requireNonNull(p, "plugin path").toAbsolutePath().normalize());
        }
        return new EssaimTestKit(List.copyOf(list));
    }

    /** Also starts the embedded Jetty on a free port of 127.0.0.1. */
    public EssaimTestKit withWeb() {
        this.web = true;
        return this;
    }

    /**
     * Starts in demo mode and creates the demo cooperative, its users and population, then runs every started
     * plugin's {@code DemoData}: for tests of a plugin's demo data. Act as the demo users with
     * {@link #demoUser}; the test cooperative ({@link #cooperative()}, {@link #userWithRole}) does not exist then.
     */
    public EssaimTestKit withDemo() {
        this.demo = true;
        return this;
    }

    /**
     * The test cooperative is in {@code country} (ISO 3166 alpha-2), keeps its accounts in {@code currency}
     * (ISO 4217) and speaks {@code language}: for a country plugin's tests. France, euros and French otherwise.
     * With {@link #withDemo()}, the demo cooperative is that country's ({@code essaim demo --country}): a started
     * plugin must describe it ({@code DemoCountry}), and its currency and language are the plugin's.
     */
    public EssaimTestKit inCountry(String country, String currency, String language) {
        this.country = new TestCooperative.Country(country, currency, language);
        return this;
    }

    /** Does not fail when a plugin does not start: for tests of what happens to a broken plugin. */
    public EssaimTestKit allowingPluginsThatDoNotStart() {
        this.requireStarted = false;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (host == null) {
            perTest = true;
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            stop();
        }
    }

    /** Starts the core and installs the plugins; the extension calls it, tests without JUnit may too. */
    public synchronized void start() {
        if (host != null) {
            throw new IllegalStateException("the test kit is already started");
        }
        try {
            home = Files.createTempDirectory("essaim-testkit-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
        database = KitDatabase.fromSystemProperties().orElse(null);
        if (database != null) {
            database.create(home);
        }
        LaunchOptions options = new LaunchOptions(home, home.resolve("data"), 0, "127.0.0.1", demo,
                demo ? country.code() : null);
        EmbeddedHost.Builder b = EmbeddedHost.configure(options).withoutWatching();
        if (!web) {
            b.withoutWeb();
        }
        plugins.forEach(b::plugin);
        try {
            host = b.start();
        } catch (RuntimeException e) {
            dropDatabase();
            TempFolders.delete(home);
            throw e;
        }
        if (demo) {
            host.kernel().ensureDemo();
        }
        cooperative = new TestCooperative(host.kernel(), country);
        if (requireStarted) {
            try {
                PluginStates.requireStarted(host.kernel().modules(), plugins);
            } catch (AssertionError e) {
                stop();
                throw e;
            }
        }
    }

    /** Stops the core and deletes the temporary folder (database included). */
    public synchronized void stop() {
        if (host == null) {
            return;
        }
        try {
            testers.forEach(EssaimWicketTester::destroy);
            testers.clear();
            host.stop();
        } finally {
            host = null;
            dropDatabase();
            TempFolders.delete(home);
        }
    }

    private void dropDatabase() {
        if (database != null) {
            database.drop();
            database = null;
        }
    }

    public Kernel kernel() {
        return running().kernel();
    }

    public ModuleRegistry modules() {
        return kernel().modules();
    }

    /** A core service ({@code CooperativeDirectory}, {@code UserDirectory}, {@code AuditTrail}, ...). */
    public <T> T service(Class<T> type) {
        return kernel().service(type);
    }

    /** The instances of an extension point that started modules contribute (the core's first). */
    public <T> List<T> extensions(Class<T> point) {
        return modules().extensions(point).stream().map(Extension::instance).toList();
    }

    /** The instances of an extension point that one module contributes. */
    public <T> List<T> extensions(Class<T> point, String moduleId) {
        return modules().extensions(point).stream().filter(e -> e.module().id().equals(moduleId))
                .map(Extension::instance).toList();
    }

    /** A module's status; fails the test when the module is unknown. */
    public ModuleStatus module(String id) {
        return modules().module(id).orElseThrow(() -> new AssertionError("no module '" + id + "'; modules: "
                + PluginStates.describe(modules().modules())));
    }

    /** Fails the test, with the module's state and reason, unless the module is STARTED. */
    public void assertStarted(String id) {
        ModuleStatus s = module(id);
        if (s.state() != ModuleState.STARTED) {
            throw new AssertionError("module " + id + " is " + s.state() + ": " + s.reason());
        }
    }

    /**
     * The module's own persistence unit (its entities, on the test database), as its code gets it from
     * {@code ModuleContext.store()}. Fails when the module contributes no entities.
     */
    public ModuleStore store(String moduleId) {
        running();
        return host.kernel().modules().context(moduleId)
                .orElseThrow(() -> new AssertionError("module " + moduleId + " is not started"))
                .store()
                .orElseThrow(() -> new AssertionError("module " + moduleId + " contributes no entities"));
    }

    public DataSource dataSource() {
        return kernel().dataSource();
    }

    /** True when the database has the table (Derby stores unquoted names in upper case). */
    public boolean tableExists(String table) {
        return Tables.exists(dataSource(), table);
    }

    /** The test cooperative, created on first use with its administrator (through the first-run setup). */
    public Cooperative cooperative() {
        running();
        long id = cooperative.administrator().cooperativeId();
        return service(CooperativeDirectory.class).find(id).orElseThrow();
    }

    /**
     * A user of the test cooperative holding only {@code role} (one of {@code CoreRoles}), logged in through
     * the core's authentication: the permissions are those the core and the started modules grant the role.
     * Each call creates a new user.
     */
    public UserContext userWithRole(String role) {
        running();
        return cooperative.userWithRole(role);
    }

    /** A demo user ({@code admin}, {@code conseil}, {@code compta}, {@code jeanne}) as after logging in. */
    public UserContext demoUser(String login) {
        running();
        if (!demo) {
            throw new IllegalStateException("demoUser needs withDemo()");
        }
        var result = host.kernel().authentication().login(login, ("essaim-" + login + "-demo").toCharArray(),
                "127.0.0.1");
        if (!result.ok()) {
            throw new IllegalStateException("demo user " + login + " cannot log in: " + result.outcome());
        }
        return result.user();
    }

    /** The test cooperative's administrator, as after logging in. */
    public UserContext administrator() {
        running();
        return cooperative.administrator();
    }

    /**
     * A WicketTester on the real web application over this kit's kernel (no web server needed), with the
     * plugins' pages mounted; {@link EssaimWicketTester#logIn} logs in a user of {@link #userWithRole}.
     * Destroyed when the kit stops.
     */
    public synchronized EssaimWicketTester wicketTester() {
        Path pages = home().resolve("data/wicket-tester-" + (testers.size() + 1));
        EssaimWicketTester t = new EssaimWicketTester(new EssaimWebApplication(kernel(), pages), TestCooperative.PASSWORD);
        testers.add(t);
        return t;
    }

    /** {@code http://127.0.0.1:<port>/}; only with {@link #withWeb()}. */
    public String baseUrl() {
        return running().baseUrl().orElseThrow(() ->
                new IllegalStateException("the test kit serves no web application: use EssaimTestKit.withWeb()"));
    }

    /** The temporary installation folder ({@code plugins/}, {@code data/}), deleted at the end. */
    public Path home() {
        running();
        return home;
    }

    private EmbeddedHost running() {
        if (host == null) {
            throw new IllegalStateException("the test kit is not started: register it with @RegisterExtension");
        }
        return host;
    }
}
