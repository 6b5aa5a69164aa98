package coop.essaim.kernel.testing;

import coop.essaim.kernel.config.KernelConfig;
import coop.essaim.kernel.host.HostEnvironment;
import coop.essaim.kernel.persistence.Database;
import coop.essaim.kernel.persistence.Dialect;
import coop.essaim.kernel.persistence.PostgresDataSources;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * A throwaway database for one test: embedded Derby in the test's temporary folder, or, when the system
 * property {@code essaim.test.db.url} names a PostgreSQL database (with {@code essaim.test.db.user} and
 * {@code essaim.test.db.password}), a fresh schema there, dropped on {@link #close()}.
 *
 * <p>Use either {@link #dataSource()} (opens a pool here) or {@link #writeConfig(Path)} and start a kernel
 * on it, not both at once on Derby: closing one shuts the embedded database down under the other.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String URL_PROPERTY = "essaim.test.db.url";

    private final String url;
    private final String user;
    private final String password;
    private final String schema;   // PostgreSQL only
    private Database database;

    private TestDatabase(String url, String user, String password, String schema) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
    }

    public static TestDatabase create(Path tempDir) {
        String pg = System.getProperty(URL_PROPERTY, "");
        if (pg.isBlank()) {
            return new TestDatabase(KernelConfig.defaultDbUrl(tempDir.resolve("data")), null, null, null);
        }
        String user = System.getProperty("essaim.test.db.user");
        String password = System.getProperty("essaim.test.db.password");
        String schema = "essaim_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(pg, user, password, "CREATE SCHEMA " + schema);
        String url = pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase(url, user, password, schema);
    }

    public Dialect dialect() {
        return schema == null ? Dialect.DERBY : Dialect.POSTGRESQL;
    }

    /** {@code essaim.db.*} for this database, as {@code conf/essaim.properties} holds them. */
    public Properties properties() {
        Properties p = new Properties();
        p.setProperty(KernelConfig.DB_URL, url);
        if (user != null) {
            p.setProperty(KernelConfig.DB_USER, user);
        }
        if (password != null) {
            p.setProperty(KernelConfig.DB_PASSWORD, password);
        }
        p.setProperty(KernelConfig.DB_POOL_SIZE, "4");
        return p;
    }

    /** Writes {@code <home>/conf/essaim.properties} so that {@code KernelBootstrap.start} uses this database. */
    public void writeConfig(Path home) {
        try {
            Files.createDirectories(home.resolve("conf"));
            try (Writer w = Files.newBufferedWriter(home.resolve(KernelConfig.FILE), StandardCharsets.UTF_8)) {
                properties().store(w, "test database");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pooled DataSource on this database, opened on first use and closed with the test database. */
    public synchronized DataSource dataSource() {
        if (database == null) {
            Path none = Path.of("unused");
            database = Database.open(KernelConfig.of(new HostEnvironment(none, none, "test", false),
                    properties(), new Properties()));
        }
        return database.dataSource();
    }

    /** Where the persistence units draw new ids: the sequencing pool of {@link #dataSource()}'s database. */
    public synchronized DataSource sequencing() {
        dataSource();
        return database.sequencing();
    }

    /** Closes the pool (Derby: shuts the database down), so the next open reads it from disk as a restart would. */
    public synchronized void restart() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    @Override
    public synchronized void close() {
        restart();
        if (schema != null) {
            execute(System.getProperty(URL_PROPERTY), user, password, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = PostgresDataSources.create(url, user, password).getConnection();
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql.toLowerCase(Locale.ROOT) + " on " + url + ": " + e.getMessage(), e);
        }
    }
}
