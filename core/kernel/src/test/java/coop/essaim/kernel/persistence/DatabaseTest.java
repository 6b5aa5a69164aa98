package coop.essaim.kernel.persistence;

import coop.essaim.kernel.config.ConfigurationException;
import coop.essaim.kernel.config.KernelConfig;
import coop.essaim.kernel.host.HostEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseTest {

    @TempDir
    Path home;

    private KernelConfig config(String url) {
        Properties p = new Properties();
        if (url != null) {
            p.setProperty(KernelConfig.DB_URL, url);
        }
        return KernelConfig.of(new HostEnvironment(home, home.resolve("data"), "test", false), p, new Properties());
    }

    @Test
    void embeddedDerbySurvivesACleanShutdownAndReopen() throws Exception {
        try (Database db = Database.open(config(null))) {
            assertEquals(Dialect.DERBY, db.dialect());
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                assertEquals(Dialect.DERBY, Dialect.of(c));
                s.execute("CREATE TABLE T (ID INT)");
                s.execute("INSERT INTO T VALUES (42)");
            }
        }
        assertTrue(Files.isDirectory(home.resolve("data").resolve("db")));
        try (Database db = Database.open(config(null));
             Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT ID FROM T");
            rs.next();
            assertEquals(42, rs.getInt(1));
        }
    }

    @Test
    void closedMeansShutDown() throws Exception {
        Database db = Database.open(config(null));
        db.close();
        db.close();   // idempotent
        assertThrows(SQLException.class, () -> db.dataSource().getConnection());
    }

    @Test
    void unsupportedOrUnreachableDatabasesNameTheKey() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Database.open(config("jdbc:mysql://localhost/essaim")));
        assertEquals(KernelConfig.DB_URL, e.key());
        e = assertThrows(ConfigurationException.class, () -> Database.open(config("jdbc:derby://localhost/x")));
        assertTrue(e.getMessage().contains("network client is not supported"), e.getMessage());
        // without create=true a database that does not exist cannot be opened
        e = assertThrows(ConfigurationException.class,
                () -> Database.open(config("jdbc:derby:" + home.resolve("absent"))));
        assertTrue(e.getMessage().startsWith("essaim.db.url: cannot connect to"), e.getMessage());
    }
}
