package coop.essaim.kernel.config;

import coop.essaim.kernel.host.HostEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelConfigTest {

    @TempDir
    Path home;

    private HostEnvironment env() {
        return new HostEnvironment(home, home.resolve("data"), "test", false);
    }

    @Test
    void withoutAFileTheDatabaseIsEmbeddedDerbyInTheDataFolder() {
        KernelConfig c = KernelConfig.of(env(), new Properties(), new Properties());
        assertEquals("jdbc:derby:" + home.resolve("data").resolve("db") + ";create=true", c.dbUrl());
        assertEquals(KernelConfig.DEFAULT_POOL_SIZE, c.dbPoolSize());
        assertTrue(c.dbUser().isEmpty());
    }

    @Test
    void readsTheFileAndSystemPropertiesWin() throws Exception {
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve(KernelConfig.FILE), """
                essaim.db.url = jdbc:postgresql://db.example/essaim
                essaim.db.user = essaim
                essaim.db.password = s3cret
                essaim.db.pool.size = 20
                """);
        String key = KernelConfig.DB_POOL_SIZE;
        String before = System.getProperty(key);
        System.setProperty(key, "5");
        try {
            KernelConfig c = KernelConfig.load(env());
            assertEquals("jdbc:postgresql://db.example/essaim", c.dbUrl());
            assertEquals("essaim", c.dbUser().orElseThrow());
            assertEquals("s3cret", c.dbPassword().orElseThrow());
            assertEquals(5, c.dbPoolSize());
            assertFalse(c.toString().contains("s3cret"), "the password is never printed");
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }

    @Test
    void badValuesNameTheirKey() {
        Properties p = new Properties();
        p.setProperty(KernelConfig.DB_POOL_SIZE, "ten");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> KernelConfig.of(env(), p, new Properties()));
        assertEquals(KernelConfig.DB_POOL_SIZE, e.key());
        assertTrue(e.getMessage().startsWith("essaim.db.pool.size: expected a whole number"), e.getMessage());

        Properties q = new Properties();
        q.setProperty(KernelConfig.DB_URL, "derby:/tmp/x");
        e = assertThrows(ConfigurationException.class, () -> KernelConfig.of(env(), q, new Properties()));
        assertEquals(KernelConfig.DB_URL, e.key());
    }

    @Test
    void onlyEssaimSystemPropertiesOverride() {
        Properties sys = new Properties();
        sys.setProperty("user.name", "x");
        sys.setProperty("essaim.web.port", "9090");
        KernelConfig c = KernelConfig.of(env(), new Properties(), sys);
        assertTrue(c.value("user.name").isEmpty());
        assertEquals("9090", c.value("essaim.web.port").orElseThrow());
    }
}
