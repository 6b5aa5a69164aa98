package coop.essaim.host.osgi.bridge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PluginFolderWatcherTest {

    @TempDir
    Path dir;

    @Test
    void aJarWithAManifestIsFine() throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().putValue("Manifest-Version", "1.0");
        Path jar = dir.resolve("ok.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.putNextEntry(new ZipEntry("a.txt"));
        }
        assertTrue(PluginFolderWatcher.problemOf(jar).isEmpty());
    }

    @Test
    void aZipWithoutManifestIsNotAPlugin() throws IOException {
        Path jar = dir.resolve("plain.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("a.txt"));
        }
        assertEquals("the jar has no META-INF/MANIFEST.MF: it is not a plugin",
                PluginFolderWatcher.problemOf(jar).orElseThrow());
    }

    @Test
    void bytesThatAreNoZipAreDamaged() throws IOException {
        Path jar = Files.writeString(dir.resolve("corrupt.jar"), "not a zip");
        assertTrue(PluginFolderWatcher.problemOf(jar).orElseThrow().startsWith("the jar cannot be opened"));
    }
}
