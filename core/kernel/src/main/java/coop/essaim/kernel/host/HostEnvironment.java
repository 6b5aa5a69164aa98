package coop.essaim.kernel.host;

import java.nio.file.Path;

/**
 * What a host tells the kernel about the installation. {@code home} holds {@code conf/essaim.properties};
 * {@code data} holds the database (when embedded Derby), Wicket's page store and uploads.
 * {@code hostName} is "osgi" or "pf4j" (shown on the "Modules" page). {@code demoCountry}: the country of the
 * demo cooperative ({@code --country}, ISO 3166 alpha-2), France when null.
 */
public record HostEnvironment(Path home, Path data, String hostName, boolean demo, String demoCountry) {

    public HostEnvironment(Path home, Path data, String hostName, boolean demo) {
        this(home, data, hostName, demo, null);
    }
}
