package coop.essaim.acceptance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A private installation home sharing the assembled distribution's runtime (bundles, themes, launchers) but
 * with its own plugins and conf folders, so a test can drop plugins without touching other tests.
 */
final class Installations {

    private Installations() {
    }

    static Path privateHome(Path home) throws IOException {
        Path dist = RunningEssaim.distribution();
        Files.createDirectories(home.resolve("plugins"));
        Files.createDirectories(home.resolve("conf"));
        for (String shared : new String[] {"bundles", "themes", "lib", "bin"}) {
            Files.createSymbolicLink(home.resolve(shared), dist.resolve(shared));
        }
        return home;
    }
}
