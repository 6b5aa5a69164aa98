package coop.essaim.host.osgi.launcher;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Essaim server: {@code java -jar lib/essaim-host-osgi-launcher.jar [--home DIR] [--data DIR] [--port N]
 * [--bind ADDRESS] [--demo [--country XX]]}. Embeds Apache Felix (the only jar on the class path), installs and starts every
 * bundle of {@code <home>/bundles}; inside, the bridge bundle starts the kernel, serves the web application and
 * prints where to go once it answers, and FileInstall watches {@code <home>/plugins}. Ctrl-C stops the framework
 * cleanly (the kernel closes and shuts the embedded database down), so the data survive.
 *
 * <p>The launcher has no logging library (only the framework is on its class path): what it has to tell the
 * person who started it goes to the console, errors to the standard error stream.
 */
public final class Main {

    static final String EXIT_AFTER_START = "essaim.exitAfterStart";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private Main() {
    }

    public static void main(String[] args) {
        LaunchArguments arguments;
        try {
            arguments = LaunchArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("essaim: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            System.exit(run(arguments));
        } catch (LaunchException e) {
            System.err.println("essaim: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        }
    }

    static int run(LaunchArguments arguments) throws LaunchException, InterruptedException {
        Path bundles = FrameworkConfig.bundlesFolder(arguments.home());
        if (!Files.isDirectory(bundles)) {
            throw new LaunchException("no bundles folder at " + bundles + ": is --home the installation folder?");
        }
        try {
            Files.createDirectories(FrameworkConfig.pluginsFolder(arguments.home()));
            Files.createDirectories(arguments.data());
        } catch (IOException e) {
            throw new LaunchException("cannot create " + e.getMessage(), e);
        }
        DataFolderLock.acquire(arguments.data());
        Map<String, String> config = FrameworkConfig.forInstallation(arguments);
        // pax-logging-api's fallback logger reads its level from JVM system properties, not framework properties
        config.forEach((k, v) -> {
            if (k.startsWith("org.ops4j.pax.logging.") && System.getProperty(k) == null) {
                System.setProperty(k, v);
            }
        });
        // Derby writes derby.log into the working folder unless told otherwise
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", arguments.data().resolve("derby.log").toString());
        }

        Framework framework = newFramework(config);
        List<Bundle> installed;
        try {
            framework.init();
            installed = RuntimeBundles.install(framework.getBundleContext(), bundles);
            framework.start();
        } catch (BundleException | IOException e) {
            stop(framework);
            throw new LaunchException("the OSGi framework did not start: " + e.getMessage(), e);
        }
        AtomicBoolean shuttingDown = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shuttingDown.set(true);
            stop(framework);
        }, "essaim-shutdown"));

        List<String> failures = RuntimeBundles.start(installed);
        failures.forEach(f -> System.err.println("essaim: bundle not active: " + f));

        if (Boolean.getBoolean(EXIT_AFTER_START)) {
            return measureAndStop(framework, arguments, installed.size(), failures.isEmpty());
        }
        framework.waitForStop(0);
        if (shuttingDown.get()) {
            return 0;
        }
        // stopped from inside (the bridge stops it when the kernel cannot start): the reason was printed
        System.err.println("essaim: the server stopped");
        return 1;
    }

    private static int measureAndStop(Framework framework, LaunchArguments arguments, int bundleCount,
                                      boolean allActive) throws InterruptedException {
        long millis = StartupProbe.waitForHealth(arguments.localBaseUrl(), Duration.ofSeconds(120));
        if (millis < 0) {
            System.err.println("essaim: no HTTP 200 on " + arguments.localBaseUrl() + StartupProbe.HEALTH + " within 120 s");
        } else {
            System.out.printf("essaim: %d bundles, first HTTP 200 on /%s %d ms after JVM start, %s%n",
                    bundleCount, StartupProbe.HEALTH, millis, StartupProbe.heap());
        }
        stop(framework);
        return millis >= 0 && allActive ? 0 : 1;
    }

    private static Framework newFramework(Map<String, String> config) throws LaunchException {
        Iterator<FrameworkFactory> factories = ServiceLoader.load(FrameworkFactory.class).iterator();
        if (!factories.hasNext()) {
            throw new LaunchException("no OSGi framework on the class path (lib/ must hold the Felix framework jar)");
        }
        return factories.next().newFramework(config);
    }

    /** Idempotent: called by the shutdown hook on Ctrl-C and by the measurement mode. */
    static void stop(Framework framework) {
        try {
            if ((framework.getState() & (Bundle.STARTING | Bundle.ACTIVE)) != 0) {
                framework.stop();
            }
            FrameworkEvent event = framework.waitForStop(STOP_TIMEOUT.toMillis());
            if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                System.err.println("essaim: the framework did not stop within " + STOP_TIMEOUT.toSeconds() + " s");
            }
        } catch (BundleException e) {
            System.err.println("essaim: stopping the framework failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
