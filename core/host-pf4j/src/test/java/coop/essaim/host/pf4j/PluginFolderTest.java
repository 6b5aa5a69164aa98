package coop.essaim.host.pf4j;

import coop.essaim.api.module.ModuleState;
import coop.essaim.kernel.module.ModuleRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The folder scans one by one, without the watcher's timer: a file is only acted on once it is unchanged
 * between two scans, so a jar still being copied is never reported as corrupt.
 */
class PluginFolderTest {

    @TempDir
    Path home;
    EmbeddedHost host;
    ModuleRegistry modules;

    @BeforeEach
    void start() {
        host = EmbeddedHost.configure(Fixtures.options(home)).withoutWeb().withoutWatching().start();
        modules = host.kernel().modules();
    }

    @AfterEach
    void stop() {
        host.stop();
    }

    @Test
    void jarBeingCopiedIsWaitedForThenInstalled() throws Exception {
        Path jar = host.pluginsFolder().resolve("hello.jar");
        byte[] full = Fixtures.hello().bytes();
        // the first half of the copy
        Files.write(jar, java.util.Arrays.copyOf(full, full.length / 2));
        host.scanPluginsFolder();
        assertTrue(modules.module("hello.jar").isEmpty(), "a new file is not read at its first sighting");

        // the copy ends before the next scan: the file changed, so it is still settling
        Files.write(jar, full);
        host.scanPluginsFolder();
        assertTrue(modules.module("hello").isEmpty() && modules.module("hello.jar").isEmpty());

        host.scanPluginsFolder();
        assertEquals(ModuleState.STARTED, modules.module("hello").orElseThrow().state());
        assertTrue(modules.module("hello.jar").isEmpty(), "never reported as unreadable");
    }

    @Test
    void removalIsActedOnAtOnce() throws Exception {
        Path jar = Fixtures.hello().writeTo(host.pluginsFolder().resolve("hello.jar"));
        host.scanPluginsFolder();
        host.scanPluginsFolder();
        assertEquals(ModuleState.STARTED, modules.module("hello").orElseThrow().state());
        Files.move(jar, home.resolve("hello.jar"), StandardCopyOption.ATOMIC_MOVE);
        host.scanPluginsFolder();
        assertTrue(modules.module("hello").isEmpty());
    }

    @Test
    void jarsPresentAtStartAreInstalledWithoutWaiting(@TempDir Path other) throws Exception {
        Fixtures.hello().writeTo(other.resolve("plugins/hello.jar"));
        EmbeddedHost second = EmbeddedHost.configure(Fixtures.options(other)).withoutWeb().withoutWatching().start();
        try {
            assertEquals(ModuleState.STARTED, second.kernel().modules().module("hello").orElseThrow().state());
        } finally {
            second.stop();
        }
    }
}
