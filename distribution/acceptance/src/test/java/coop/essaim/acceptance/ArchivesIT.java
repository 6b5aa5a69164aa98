package coop.essaim.acceptance;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The zip a cooperative downloads holds what the assembled folder runs: the launcher and every shipped plugin. */
class ArchivesIT {

    @Test
    void theZipShipsTheLauncherAndTheStandardPlugins() throws IOException {
        Path dist = RunningEssaim.distribution();
        Path zip = dist.resolveSibling(dist.getFileName() + ".zip");
        assertTrue(Files.isRegularFile(zip), zip.toString());
        String base = dist.getFileName() + "/";
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            TreeSet<String> plugins = new TreeSet<>();
            archive.stream().map(ZipEntry::getName).filter(n -> n.startsWith(base + "plugins/") && n.endsWith(".jar"))
                    .forEach(n -> plugins.add(n.substring((base + "plugins/").length())));
            assertEquals(new TreeSet<>(List.of("essaim-accompaniment.jar", "essaim-brand-groups.jar", "essaim-country-fr.jar",
                    "essaim-governance.jar", "essaim-invoicing.jar", "essaim-mutual-training.jar", "essaim-payroll.jar",
                    "essaim-reporting.jar", "essaim-trade-groups.jar", "essaim-treasury-advances.jar")), plugins);
            assertTrue(archive.getEntry(base + "bin/essaim") != null);
            try (Stream<Path> bundles = Files.list(dist.resolve("bundles"))) {
                long shipped = archive.stream().filter(e -> e.getName().startsWith(base + "bundles/")
                        && e.getName().endsWith(".jar")).count();
                assertEquals(bundles.filter(b -> b.toString().endsWith(".jar")).count(), shipped);
            }
        }
    }
}
