package coop.essaim.host.osgi.bridge;

import coop.essaim.kernel.host.HostEnvironment;
import coop.essaim.kernel.host.LaunchOptions;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The installation as the launcher describes it in framework properties: {@code essaim.home},
 * {@code essaim.data} (default {@code <home>/data}), {@code essaim.demo}, {@code essaim.demo.country}, the HTTP port
 * ({@code org.osgi.service.http.port}, default 8080) and address ({@code org.apache.felix.http.host}, default
 * 127.0.0.1), and the plugins folder FileInstall watches ({@code felix.fileinstall.dir}, default
 * {@code <home>/plugins}).
 */
record BridgeSettings(Path home, Path data, boolean demo, String demoCountry, int port, String bindAddress,
                      Path pluginsFolder) {

    static final String HOST_NAME = "osgi";

    /** @param property reads a framework property (null when absent) */
    static BridgeSettings read(UnaryOperator<String> property) {
        String homeText = property.apply("essaim.home");
        if (homeText == null || homeText.isBlank()) {
            throw new IllegalStateException("the framework property essaim.home is not set: start Essaim with its launcher");
        }
        Path home = Path.of(homeText).toAbsolutePath().normalize();
        Path data = pathOr(property.apply("essaim.data"), home.resolve("data"));
        Path plugins = pathOr(property.apply("felix.fileinstall.dir"), home.resolve("plugins"));
        int port = port(property.apply("org.osgi.service.http.port"));
        String bind = property.apply("org.apache.felix.http.host");
        String country = property.apply("essaim.demo.country");
        return new BridgeSettings(home, data, Boolean.parseBoolean(property.apply("essaim.demo")),
                country == null || country.isBlank() ? null : country.trim(), port,
                bind == null || bind.isBlank() ? "127.0.0.1" : bind.trim(), plugins);
    }

    HostEnvironment environment() {
        return new HostEnvironment(home, data, HOST_NAME, demo, demoCountry);
    }

    LaunchOptions launchOptions() {
        return new LaunchOptions(home, data, port, bindAddress, demo, demoCountry);
    }

    /** Wicket's page store: in the data folder, never in java.io.tmpdir. */
    Path pageStore() {
        return data.resolve("wicket");
    }

    private static Path pathOr(String text, Path fallback) {
        return (text == null || text.isBlank() ? fallback : Path.of(text)).toAbsolutePath().normalize();
    }

    private static int port(String text) {
        if (text == null || text.isBlank()) {
            return LaunchOptions.DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("org.osgi.service.http.port: expected a port number, got '" + text + "'", e);
        }
    }
}
