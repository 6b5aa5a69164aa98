package coop.essaim.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * The database a test kit runs on when the build names a PostgreSQL server (system property
 * {@value #URL_PROPERTY}, with {@code essaim.test.db.user} and {@code essaim.test.db.password}, as the kernel's own
 * tests read them): a fresh schema for each start, written into the kit's {@code conf/essaim.properties} and
 * dropped when it stops, so that a plugin's migrations and queries are tried on PostgreSQL as well as on the
 * default embedded Derby.
 */
final class KitDatabase {

    static final String URL_PROPERTY = "essaim.test.db.url";

    private final String url;
    private final String user;
    private final String password;
    private final String schema;

    private KitDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = "essaim_kit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** Empty when the build names no PostgreSQL database: the kit then uses Derby in its own folder. */
    static Optional<KitDatabase> fromSystemProperties() {
        String url = System.getProperty(URL_PROPERTY, "");
        return url.isBlank() ? Optional.empty() : Optional.of(new KitDatabase(url,
                System.getProperty("essaim.test.db.user"), System.getProperty("essaim.test.db.password")));
    }

    /** Creates the schema and points the installation at {@code home} to it. */
    void create(Path home) {
        execute("CREATE SCHEMA " + schema);
        Properties p = new Properties();
        p.setProperty("essaim.db.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        if (user != null) {
            p.setProperty("essaim.db.user", user);
        }
        if (password != null) {
            p.setProperty("essaim.db.password", password);
        }
        p.setProperty("essaim.db.pool.size", "4");
        try {
            Files.createDirectories(home.resolve("conf"));
            try (Writer w = Files.newBufferedWriter(home.resolve("conf/essaim.properties"), StandardCharsets.UTF_8)) {
                p.store(w, "test kit database");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the test kit's database settings", e);
        }
    }

    void drop() {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test kit database " + url + ": " + sql + " failed: " + e.getMessage(), e);
        }
    }
}
