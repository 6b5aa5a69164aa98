package coop.essaim.bench;

import coop.essaim.api.cooperative.NewCooperative;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.Kernel;
import coop.essaim.kernel.KernelBootstrap;
import coop.essaim.kernel.host.ClasspathModuleSource;
import coop.essaim.kernel.host.HostEnvironment;
import coop.essaim.kernel.setup.FirstRunSetup;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throwaway installation for a benchmark: the kernel booted on a fresh data folder as the hosts boot it
 * (Derby, or PostgreSQL when the folder's configuration says so), the distribution's plugins installed (the
 * country plugin brings the chart) and a French cooperative with its administrator.
 */
final class BenchInstallation implements AutoCloseable {

    final Kernel kernel;
    final UserContext admin;
    private final URLClassLoader plugins;

    BenchInstallation(Path home, Path pluginFolder) throws Exception {
        plugins = new URLClassLoader(jars(pluginFolder).toArray(URL[]::new), BenchInstallation.class.getClassLoader());
        kernel = KernelBootstrap.start(new HostEnvironment(home, home.resolve("data"), "bench", false));
        for (URL jar : plugins.getURLs()) {
            kernel.modules().install(ClasspathModuleSource.fromManifest(plugins, Path.of(jar.toURI())));
        }
        admin = kernel.setup().createFirstCooperative(new NewCooperative("Coopérative Banc d’Essai", "Banc", "SCOP_SA",
                "FR", "EUR", 1, "fr"), new FirstRunSetup.NewAdministrator("bench", "Bench", "bench@essaim.invalid",
                "bench-password-not-secret".toCharArray()));
    }

    private static List<URL> jars(Path folder) throws IOException {
        List<URL> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                out.add(p.toUri().toURL());
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no plugin jar in " + folder + ": the chart comes from country-fr");
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        kernel.close();
        plugins.close();
    }
}
