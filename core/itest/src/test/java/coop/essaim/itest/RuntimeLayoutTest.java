package coop.essaim.itest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runtime the launcher module assembles: lib/ runs the server, bundles/ holds only OSGi bundles. */
class RuntimeLayoutTest {

    private final Path runtime = Path.of(System.getProperty("essaim.runtime", "../host-osgi/launcher/target/runtime"));

    @Test
    void libHoldsTheLauncherAndTheFrameworkOnly() throws IOException {
        Path launcher = runtime.resolve("lib/essaim-host-osgi-launcher.jar");
        try (JarFile jf = new JarFile(launcher.toFile())) {
            assertTrue(jf.getManifest().getMainAttributes().getValue("Class-Path").matches("org\\.apache\\.felix\\.framework-[0-9.]+\\.jar"));
        }
        try (var files = Files.list(runtime.resolve("lib"))) {
            assertTrue(files.count() == 2, "lib/ has the launcher and Felix only");
        }
    }

    @Test
    void everyJarOfBundlesIsAnOsgiBundle() throws IOException {
        for (Path jar : EssaimRuntime.jars(runtime.resolve("bundles"))) {
            try (JarFile jf = new JarFile(jar.toFile())) {
                assertNotNull(jf.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"), jar + " has no Bundle-SymbolicName");
            }
        }
    }
}
