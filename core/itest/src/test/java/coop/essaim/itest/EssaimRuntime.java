package coop.essaim.itest;

import coop.essaim.host.osgi.launcher.FrameworkConfig;
import org.ops4j.pax.exam.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.ops4j.pax.exam.CoreOptions.bootDelegationPackages;
import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemPackages;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

/**
 * The one options factory of the Pax Exam tests: a Felix container with exactly the bundles of the launcher's
 * {@code target/runtime/bundles} and the launcher's framework properties, a fresh home and data folder per
 * test class, a free HTTP port, and the fixture plugin jars built beside (not in) the watched plugins folder.
 * Runs outside the framework.
 */
public final class EssaimRuntime {

    /** Framework properties the probe reads to find its way. */
    public static final String FIXTURES = "essaim.itest.fixtures";
    public static final String RUNTIME_BUNDLES = "essaim.itest.runtimeBundles";

    private EssaimRuntime() {
    }

    public static Option[] options(Class<?> testClass) {
        Path runtime = Path.of(System.getProperty("essaim.runtime", "../host-osgi/launcher/target/runtime"))
                .toAbsolutePath().normalize();
        Path bundles = runtime.resolve("bundles");
        Path work = Path.of(System.getProperty("essaim.itest.work", "target/itest-work")).toAbsolutePath()
                .resolve(testClass.getSimpleName() + "-" + System.currentTimeMillis());
        Path home = work.resolve("home");
        Path fixtures = work.resolve("fixtures");
        try {
            Files.createDirectories(FrameworkConfig.pluginsFolder(home));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Fixtures.buildAll(fixtureClasses(), fixtures);

        List<Option> options = new ArrayList<>();
        // Pax Exam's native container sets these two framework properties itself: they have their own options
        FrameworkConfig.shared().forEach((k, v) -> {
            switch (k) {
                case "org.osgi.framework.system.packages.extra" -> options.add(systemPackages(v.split(",")));
                case "org.osgi.framework.bootdelegation" -> options.add(bootDelegationPackages(v.split(",")));
                default -> options.add(k.startsWith("org.ops4j.pax.logging.")
                        ? systemProperty(k).value(v) : frameworkProperty(k).value(v));
            }
        });
        options.add(frameworkProperty(FrameworkConfig.HTTP_PORT).value(Integer.toString(freePort())));
        options.add(frameworkProperty(FrameworkConfig.HTTP_HOST).value("127.0.0.1"));
        options.add(frameworkProperty(FrameworkConfig.FILEINSTALL_DIR).value(FrameworkConfig.pluginsFolder(home).toString()));
        options.add(frameworkProperty(FrameworkConfig.HOME).value(home.toString()));
        options.add(frameworkProperty(FrameworkConfig.DATA).value(work.resolve("data").toString()));
        options.add(frameworkProperty(FrameworkConfig.DEMO).value("false"));
        options.add(frameworkProperty(FIXTURES).value(fixtures.toString()));
        options.add(frameworkProperty(RUNTIME_BUNDLES).value(bundles.toString()));
        for (Path jar : jars(bundles)) {
            options.add(bundle(jar.toUri().toString()));
        }
        options.add(junitBundles());
        options.add(cleanCaches(true));
        return options.toArray(new Option[0]);
    }

    static List<Path> jars(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> jars = s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
            if (jars.isEmpty()) {
                throw new IllegalStateException("no bundle in " + folder + ": build core/host-osgi/launcher first");
            }
            return jars;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": build core/host-osgi/launcher first", e);
        }
    }

    private static Path fixtureClasses() {
        String configured = System.getProperty("essaim.itest.fixtureClasses");
        if (configured != null) {
            return Path.of(configured);
        }
        try {
            return Path.of(coop.essaim.itest.fixture.failing.FailingLifecycle.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
