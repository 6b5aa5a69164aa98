package coop.essaim.host.osgi.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The framework properties of the server: {@code framework.properties} (same-named JVM system properties take
 * precedence) plus the installation's own. The Pax Exam tests build their container from the same file.
 */
public final class FrameworkConfig {

    /** Framework properties the bridge bundle reads. */
    public static final String HOME = "essaim.home";
    public static final String DATA = "essaim.data";
    public static final String DEMO = "essaim.demo";
    public static final String DEMO_COUNTRY = "essaim.demo.country";
    public static final String HTTP_PORT = "org.osgi.service.http.port";
    public static final String HTTP_HOST = "org.apache.felix.http.host";
    public static final String FILEINSTALL_DIR = "felix.fileinstall.dir";
    /** {@code -Dessaim.fw.<key>=<value>} adds or overrides any framework property. */
    public static final String OVERRIDE_PREFIX = "essaim.fw.";

    private FrameworkConfig() {
    }

    /** The shared properties of {@code framework.properties}, with JVM system property overrides. */
    public static Map<String, String> shared() {
        Properties p = new Properties();
        try (InputStream in = FrameworkConfig.class.getResourceAsStream("framework.properties")) {
            if (in == null) {
                throw new IllegalStateException("framework.properties is missing from the launcher jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read framework.properties", e);
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) {
            m.put(k, System.getProperty(k, p.getProperty(k)));
        }
        return m;
    }

    /** Everything the launcher hands to Felix for this installation. */
    public static Map<String, String> forInstallation(LaunchArguments args) {
        Map<String, String> cfg = shared();
        cfg.put("org.osgi.framework.storage", args.data().resolve("felix-cache").toString());
        // bundles are installed again from bundles/ at every start: a stale cache must never win over them
        cfg.put("org.osgi.framework.storage.clean", "onFirstInit");
        cfg.put(HTTP_PORT, Integer.toString(args.port()));
        cfg.put(HTTP_HOST, args.bindAddress());
        cfg.put(FILEINSTALL_DIR, pluginsFolder(args.home()).toString());
        cfg.put(HOME, args.home().toString());
        cfg.put(DATA, args.data().toString());
        cfg.put(DEMO, Boolean.toString(args.demo()));
        if (args.demoCountry() != null) {
            cfg.put(DEMO_COUNTRY, args.demoCountry());
        }
        // the bridge runs one start level above the rest (see RuntimeBundles): it stops first
        cfg.put("org.osgi.framework.startlevel.beginning", Integer.toString(RuntimeBundles.BRIDGE_START_LEVEL));
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(OVERRIDE_PREFIX))
                .forEach(k -> cfg.put(k.substring(OVERRIDE_PREFIX.length()), System.getProperty(k)));
        return cfg;
    }

    public static Path pluginsFolder(Path home) {
        return home.resolve("plugins");
    }

    public static Path bundlesFolder(Path home) {
        return home.resolve("bundles");
    }
}
