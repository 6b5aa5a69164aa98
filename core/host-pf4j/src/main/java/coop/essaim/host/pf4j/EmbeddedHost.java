package coop.essaim.host.pf4j;

import coop.essaim.api.module.ModuleStatus;
import coop.essaim.kernel.Kernel;
import coop.essaim.kernel.KernelBootstrap;
import coop.essaim.kernel.demo.DemoLogin;
import coop.essaim.kernel.host.LaunchOptions;
import coop.essaim.kernel.host.StartupReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Essaim inside a plain JVM program: the kernel, the PF4J plugins of {@code <home>/plugins} (watched every
 * second: drop a jar to install it, delete it to uninstall it) and, unless turned off, the web application,
 * the API and the themes on an embedded Jetty bound to {@code options.bindAddress():port}.
 *
 * <pre>
 * EmbeddedHost host = EmbeddedHost.start(LaunchOptions.parse("--home", "/srv/essaim", "--port", "8081"));
 * ...
 * host.stop();
 * </pre>
 *
 * {@link #configure} gives the variants the test kit uses: no web server, no folder watching, plugins taken
 * from anywhere (jars or classes folders), port 0 for a free port.
 */
public final class EmbeddedHost implements AutoCloseable {

    /** The host name the kernel shows on the "Modules" page. */
    public static final String HOST_NAME = "pf4j";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedHost.class);

    private final LaunchOptions options;
    private final Kernel kernel;
    private final Pf4jPlugins plugins;
    private final List<PluginModuleSource> extraPlugins = new ArrayList<>();
    private PluginFolder folder;
    private ScheduledExecutorService watcher;
    private WebServer web;
    private List<DemoLogin> demoLogins = List.of();
    private boolean stopped;

    private EmbeddedHost(LaunchOptions options, Kernel kernel) {
        this.options = options;
        this.kernel = kernel;
        this.plugins = new Pf4jPlugins(pluginsFolder(options), options.data().resolve("pf4j"));
    }

    /** Starts everything: kernel, plugins folder (watched), web server. */
    public static EmbeddedHost start(LaunchOptions options) {
        return configure(options).start();
    }

    public static Builder configure(LaunchOptions options) {
        return new Builder(options);
    }

    /** Options of {@link #configure}; every one defaults to what {@link #start(LaunchOptions)} does. */
    public static final class Builder {
        private final LaunchOptions options;
        private boolean web = true;
        private boolean watch = true;
        private final List<Path> extra = new ArrayList<>();

        private Builder(LaunchOptions options) {
            this.options = options;
        }

        /** Without the embedded Jetty (the kernel and plugins only). */
        public Builder withoutWeb() {
            web = false;
            return this;
        }

        /** Installs the plugins of {@code <home>/plugins} once at start but does not watch the folder. */
        public Builder withoutWatching() {
            watch = false;
            return this;
        }

        /** A plugin from anywhere (a jar or a classes folder with META-INF/MANIFEST.MF), installed at start. */
        public Builder plugin(Path jarOrFolder) {
            extra.add(jarOrFolder.toAbsolutePath().normalize());
            return this;
        }

        public EmbeddedHost start() {
            return EmbeddedHost.boot(this);
        }
    }

    private static EmbeddedHost boot(Builder b) {
        LaunchOptions o = b.options;
        createFolders(o);
        Kernel kernel = KernelBootstrap.start(o.environment(HOST_NAME));
        EmbeddedHost host;
        try {
            host = new EmbeddedHost(o, kernel);
        } catch (RuntimeException e) {
            kernel.close();
            throw e;
        }
        try {
            host.folder = new PluginFolder(pluginsFolder(o), host.plugins, kernel.modules());
            host.folder.scan(true);
            for (Path p : b.extra) {
                host.install(p);
            }
            if (o.demo()) {
                host.demoLogins = List.copyOf(kernel.ensureDemo());
            }
            if (b.web) {
                host.web = WebServer.start(kernel, o.bindAddress(), o.port(), o.data().resolve("wicket"));
            }
            if (b.watch) {
                host.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "essaim-plugins-folder");
                    t.setDaemon(true);
                    return t;
                });
                PluginFolder f = host.folder;
                host.watcher.scheduleWithFixedDelay(() -> f.scan(false), 1, 1, TimeUnit.SECONDS);
            }
        } catch (RuntimeException e) {
            host.stop();
            throw e;
        }
        LOG.info("Essaim {} started (pf4j host), {} modules", kernel.version(), kernel.modules().modules().size());
        return host;
    }

    /**
     * Installs a plugin from outside the plugins folder (the test kit's plugins, a program's own). Its location
     * is its absolute path. A path that is no readable plugin is reported as unreadable, like a bad jar in the
     * plugins folder. Returns the module's status afterwards.
     */
    public synchronized ModuleStatus install(Path jarOrFolder) {
        Path path = jarOrFolder.toAbsolutePath().normalize();
        String location = path.toString();
        try {
            PluginModuleSource source = plugins.open(path, location);
            extraPlugins.add(source);
            kernel.modules().install(source);
            return kernel.modules().module(source.descriptor().id()).orElseThrow(() ->
                    new IllegalStateException("the kernel lists no module '" + source.descriptor().id() + "' after installing " + location));
        } catch (UnreadablePluginException e) {
            kernel.modules().reportUnreadable(location, e.getMessage());
            return kernel.modules().module(location).orElseThrow(() ->
                    new IllegalStateException(location + " is unreadable (" + e.getMessage() + ")"));
        }
    }

    public Kernel kernel() {
        return kernel;
    }

    public LaunchOptions options() {
        return options;
    }

    /** The plugins folder this host watches: {@code <home>/plugins}. */
    public Path pluginsFolder() {
        return pluginsFolder(options);
    }

    /** The address of the web application ({@code http://127.0.0.1:8080/}); empty without the web server. */
    public Optional<String> baseUrl() {
        return web == null ? Optional.empty() : Optional.of(servedOptions().baseUrl());
    }

    /** The logins of the demo cooperative when started with {@code --demo}, else empty. */
    public List<DemoLogin> demoLogins() {
        return demoLogins;
    }

    /** The lines to show once the server answers (where to go, demo logins). */
    public String startupReport() {
        return StartupReport.text(HOST_NAME, kernel.version(), servedOptions(), demoLogins);
    }

    /** Blocks until the web server stops (the launcher's main thread waits here). */
    public void join() throws InterruptedException {
        if (web != null) {
            web.join();
        }
    }

    /**
     * Stops the folder watcher, the web server, the kernel (it stops the modules, closes their persistence units
     * and shuts an embedded Derby down) and then the PF4J plugins, one at a time. Safe to call twice.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (watcher != null) {
            watcher.shutdownNow();
            awaitQuietly(watcher);
        }
        if (web != null) {
            web.stop();
        }
        try {
            kernel.close();
        } catch (RuntimeException e) {
            LOG.error("the kernel did not close cleanly", e);
        }
        plugins.close();
        LOG.info("Essaim stopped");
    }

    @Override
    public void close() {
        stop();
    }

    /** One scan of the plugins folder now, as the watcher does every second (tests run it without the watcher). */
    void scanPluginsFolder() {
        folder.scan(false);
    }

    /** PF4J's own view of a plugin (diagnostics and tests). */
    String pf4jState(String pluginId) {
        return String.valueOf(plugins.state(pluginId));
    }

    private LaunchOptions servedOptions() {
        int port = web == null ? options.port() : web.port();
        return new LaunchOptions(options.home(), options.data(), port, options.bindAddress(), options.demo(),
                options.demoCountry());
    }

    private static Path pluginsFolder(LaunchOptions o) {
        return o.home().resolve("plugins");
    }

    private static void createFolders(LaunchOptions o) {
        try {
            Files.createDirectories(pluginsFolder(o));
            Files.createDirectories(o.data().resolve("wicket"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folders of " + o.home() + " and " + o.data(), e);
        }
    }

    private static void awaitQuietly(ScheduledExecutorService s) {
        try {
            if (!s.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("the plugins folder watcher did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
