package coop.essaim.itest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JarBuilderTest {

    @TempDir
    Path dir;

    @Test
    void writesBundleAndPluginHeadersServicesAndPackageFiles() throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("a/b/migration"));
        Files.writeString(classes.resolve("a/b/X.class"), "x");
        Files.writeString(classes.resolve("a/b/migration/V1__t.sql"), "CREATE TABLE T (ID INT);");
        Path jar = JarBuilder.plugin("demo-thing", "2.1.0").requiresCore(">=0.1.0").dependencies("other?")
                .imports("p.q", "r.s").packageFrom(classes, "a.b").service("p.q.Point", "a.b.X")
                .writeTo(dir.resolve("out/demo.jar"));
        try (JarFile jf = new JarFile(jar.toFile())) {
            Attributes m = jf.getManifest().getMainAttributes();
            assertEquals("2", m.getValue("Bundle-ManifestVersion"));
            assertEquals("coop.essaim.itest.fixture.demo.thing", m.getValue("Bundle-SymbolicName"));
            assertEquals("demo-thing", m.getValue("Plugin-Id"));
            assertEquals("2.1.0", m.getValue("Plugin-Version"));
            assertEquals(">=0.1.0", m.getValue("Plugin-Requires"));
            assertEquals("other?", m.getValue("Plugin-Dependencies"));
            assertEquals("p.q,r.s", m.getValue("Import-Package"));
            assertEquals("a.b.X\n", new String(jf.getInputStream(jf.getEntry("META-INF/services/p.q.Point")).readAllBytes(),
                    StandardCharsets.UTF_8));
            assertNotNull(jf.getEntry("a/b/X.class"));
            assertNotNull(jf.getEntry("a/b/migration/V1__t.sql"));
        }
        try (var files = Files.list(dir.resolve("out"))) {
            assertEquals(1, files.count(), "no temporary file left beside the jar");
        }
    }

    @Test
    void aMissingFixturePackageIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> JarBuilder.plugin("x1", "1.0.0").packageFrom(dir, "no.such"));
    }

    @Test
    void theCorruptJarIsNoZip() {
        Path jar = JarBuilder.corruptJar(dir.resolve("bad.jar"));
        assertThrows(IOException.class, () -> new JarFile(jar.toFile()).close());
    }
}
