package coop.essaim.testkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A plugin that cannot start fails the tests with the kernel's reason, and nothing is left behind. */
class EssaimTestKitFailureTest {

    @TempDir
    Path folder;

    @Test
    void incompatiblePluginFailsWithTheReason() throws Exception {
        Path plugin = pluginFolder("future", ">=99.0.0", "");
        EssaimTestKit kit = EssaimTestKit.withPlugins(plugin);
        AssertionError e = assertThrows(AssertionError.class, kit::start);
        assertTrue(e.getMessage().contains("INCOMPATIBLE"), e.getMessage());
        assertTrue(e.getMessage().contains(">=99.0.0"), e.getMessage());
        assertThrows(IllegalStateException.class, kit::kernel, "the kit stopped after the failure");
    }

    @Test
    void missingDependencyFailsWithTheReason() throws Exception {
        Path plugin = pluginFolder("lonely", ">=0.1.0", "Plugin-Dependencies: absent-plugin\n");
        AssertionError e = assertThrows(AssertionError.class, EssaimTestKit.withPlugins(plugin)::start);
        assertTrue(e.getMessage().contains("WAITING_FOR_DEPENDENCY"), e.getMessage());
        assertTrue(e.getMessage().contains("absent-plugin"), e.getMessage());
    }

    @Test
    void lenientKitStartsAndShowsTheState() throws Exception {
        Path plugin = pluginFolder("future", ">=99.0.0", "");
        EssaimTestKit kit = EssaimTestKit.withPlugins(plugin).allowingPluginsThatDoNotStart();
        kit.start();
        try {
            assertEquals("INCOMPATIBLE", kit.module("future").state().name());
            AssertionError e = assertThrows(AssertionError.class, () -> kit.assertStarted("future"));
            assertTrue(e.getMessage().contains("requires core"), e.getMessage());
        } finally {
            kit.stop();
        }
    }

    private Path pluginFolder(String id, String requires, String extra) throws Exception {
        Path dir = folder.resolve(id);
        Files.createDirectories(dir.resolve("META-INF"));
        Files.writeString(dir.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\nPlugin-Id: " + id
                + "\nPlugin-Version: 0.1.0\nPlugin-Requires: " + requires + "\n" + extra + "\n");
        return dir;
    }
}
