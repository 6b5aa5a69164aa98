package coop.essaim.kernel.host;

import coop.essaim.api.module.ModuleDescriptor;
import coop.essaim.kernel.testing.ModuleJar;
import coop.essaim.kernel.testing.ModuleJarBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClasspathModuleSourceTest {

    @TempDir
    Path temp;

    @Test
    void listsAFolderInsideAJarAndReadsItsManifest() throws Exception {
        try (ModuleJar jar = ModuleJarBuilder.module("shop", "1.2.0").requires(">=0.1.0").dependencies("core, stock?")
                .resource("shop/migration/V202601010000__a.sql", "SELECT 1;")
                .resource("shop/migration/V202601020000__b.sql", "SELECT 2;")
                .resource("shop/migration/deeper/ignored.sql", "SELECT 3;")
                .resource("shop/other.txt", "x")
                .open(temp.resolve("shop.jar"))) {
            ModuleSource s = jar.source();
            assertEquals(List.of("V202601010000__a.sql", "V202601020000__b.sql"), s.entries("shop/migration"));
            assertEquals(s.entries("shop/migration"), s.entries("/shop/migration/"));
            assertEquals("SELECT 2;", Entries.readText(s.entry("shop/migration/V202601020000__b.sql").orElseThrow()));
            assertTrue(s.entry("shop/missing.sql").isEmpty());
            assertEquals(List.of(), s.entries("nowhere"));
            ModuleDescriptor d = s.descriptor();
            assertEquals("shop", d.id());
            assertEquals(">=0.1.0", d.requiresCore());
            assertEquals(2, d.dependencies().size());
        }
    }

    @Test
    void listsAClassesFolderAndNeverSeesTheParentsFiles() throws Exception {
        Path root = Files.createDirectories(temp.resolve("classes/mod/migration"));
        Files.writeString(root.resolve("V202601010000__a.sql"), "SELECT 1;");
        Files.createDirectories(root.resolve("sub"));
        ClasspathModuleSource s = ClasspathModuleSource.of(new ModuleDescriptor("mod", "1.0.0", null, null, null, null),
                getClass().getClassLoader(), temp.resolve("classes"));
        assertEquals(List.of("V202601010000__a.sql"), s.entries("mod/migration"));
        // the test class path has this class; the module's own folder does not
        assertTrue(s.entry("coop/essaim/kernel/host/ClasspathModuleSourceTest.class").isEmpty());
    }

    @Test
    void aMissingManifestFailsOnlyWhenTheDescriptorIsAsked() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("nomanifest"));
        ClasspathModuleSource s = ClasspathModuleSource.fromManifest(getClass().getClassLoader(), dir);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, s::descriptor);
        assertTrue(e.getMessage().contains("has no META-INF/MANIFEST.MF"), e.getMessage());
    }

    @Test
    void findsTheRootOfAClass() {
        Path root = ClasspathModuleSource.rootOf(ClasspathModuleSource.class);
        assertTrue(Files.exists(root.resolve("coop/essaim/kernel/host/ClasspathModuleSource.class"))
                || Files.isRegularFile(root), root.toString());
    }
}
