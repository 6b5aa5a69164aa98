package coop.essaim.kernel.config;

import coop.essaim.kernel.host.HostEnvironment;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The installation's settings: {@code <home>/conf/essaim.properties} (absent file = defaults), overridden by
 * JVM system properties starting with {@code essaim.} so an administrator can try a value without editing
 * the file. Values are checked here, at start, so a typo fails with the key's name instead of later.
 */
public final class KernelConfig {

    public static final String FILE = "conf/essaim.properties";
    public static final String DB_URL = "essaim.db.url";
    public static final String DB_USER = "essaim.db.user";
    public static final String DB_PASSWORD = "essaim.db.password";
    public static final String DB_POOL_SIZE = "essaim.db.pool.size";
    public static final int DEFAULT_POOL_SIZE = 10;
    private static final int MAX_POOL_SIZE = 1000;

    private final Map<String, String> values;
    private final String dbUrl;
    private final int poolSize;

    private KernelConfig(Map<String, String> values, String defaultDbUrl) {
        this.values = Map.copyOf(values);
        this.dbUrl = value(DB_URL).orElse(defaultDbUrl);
        if (!dbUrl.startsWith("jdbc:")) {
            throw new ConfigurationException(DB_URL, "expected a JDBC URL such as jdbc:postgresql://host/essaim, got '"
                    + dbUrl + "'");
        }
        this.poolSize = value(DB_POOL_SIZE).map(KernelConfig::poolSize).orElse(DEFAULT_POOL_SIZE);
    }

    /** Reads {@code <env.home()>/conf/essaim.properties} and the {@code essaim.*} system properties. */
    public static KernelConfig load(HostEnvironment env) {
        return of(env, readFile(env.home().resolve(FILE)), System.getProperties());
    }

    /** For tests and hosts that hold the values themselves; {@code overrides} win over {@code file}. */
    public static KernelConfig of(HostEnvironment env, Properties file, Properties overrides) {
        Map<String, String> merged = new TreeMap<>();
        file.stringPropertyNames().forEach(k -> merged.put(k, file.getProperty(k).trim()));
        overrides.stringPropertyNames().stream().filter(k -> k.startsWith("essaim."))
                .forEach(k -> merged.put(k, overrides.getProperty(k).trim()));
        return new KernelConfig(merged, defaultDbUrl(env.data()));
    }

    /** The embedded Derby database in the data folder: what a fresh installation uses. */
    public static String defaultDbUrl(Path data) {
        return "jdbc:derby:" + data.toAbsolutePath().resolve("db") + ";create=true";
    }

    public String dbUrl() {
        return dbUrl;
    }

    public Optional<String> dbUser() {
        return value(DB_USER);
    }

    public Optional<String> dbPassword() {
        return value(DB_PASSWORD);
    }

    public int dbPoolSize() {
        return poolSize;
    }

    /** Any other setting (the web layer reads its own keys here); blank values count as absent. */
    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isEmpty());
    }

    private static int poolSize(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= MAX_POOL_SIZE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the key
        }
        throw new ConfigurationException(DB_POOL_SIZE, "expected a whole number from 1 to " + MAX_POOL_SIZE
                + ", got '" + text + "'");
    }

    private static Properties readFile(Path file) {
        Properties p = new Properties();
        if (!Files.exists(file)) {
            return p;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return p;
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException(FILE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        // never print the password
        return "KernelConfig[" + DB_URL + "=" + dbUrl + ", " + DB_USER + "=" + dbUser().orElse("") + ", "
                + DB_POOL_SIZE + "=" + poolSize + "]";
    }
}
