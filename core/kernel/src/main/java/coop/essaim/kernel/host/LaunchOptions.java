package coop.essaim.kernel.host;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line both hosts accept: {@code [--home DIR] [--data DIR] [--port N] [--bind ADDRESS] [--demo [--country XX]]}.
 * {@code --home} defaults to the system property {@code essaim.home}, else the current folder; {@code --data}
 * to {@code <home>/data}; the port to 8080; the address to 127.0.0.1 (put a reverse proxy in front to serve
 * others). Unknown or malformed arguments throw {@link IllegalArgumentException} naming the argument.
 */
public record LaunchOptions(Path home, Path data, int port, String bindAddress, boolean demo, String demoCountry) {

    public static final int DEFAULT_PORT = 8080;

    public LaunchOptions(Path home, Path data, int port, String bindAddress, boolean demo) {
        this(home, data, port, bindAddress, demo, null);
    }

    public static LaunchOptions parse(String... args) {
        Path home = Path.of(System.getProperty("essaim.home", "."));
        Path data = null;
        int port = DEFAULT_PORT;
        String bind = "127.0.0.1";
        boolean demo = false;
        String country = null;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            switch (arg) {
                case "--home" -> home = Path.of(value(arg, rest));
                case "--data" -> data = Path.of(value(arg, rest));
                case "--port" -> port = port(value(arg, rest));
                case "--bind" -> bind = value(arg, rest);
                case "--demo" -> demo = true;
                case "--country" -> country = country(value(arg, rest));
                default -> throw new IllegalArgumentException("unknown argument '" + arg
                        + "': expected --home DIR, --data DIR, --port N, --bind ADDRESS, --demo or --country XX");
            }
        }
        if (country != null && !demo) {
            throw new IllegalArgumentException("--country: only with --demo (a real cooperative chooses its country"
                    + " when it is set up)");
        }
        home = home.toAbsolutePath().normalize();
        data = (data == null ? home.resolve("data") : data).toAbsolutePath().normalize();
        return new LaunchOptions(home, data, port, bind, demo, country);
    }

    public HostEnvironment environment(String hostName) {
        return new HostEnvironment(home, data, hostName, demo, demoCountry);
    }

    /** The address users open; the web and the startup report show it. */
    public String baseUrl() {
        String host = bindAddress.equals("0.0.0.0") ? "127.0.0.1" : bindAddress;
        return "http://" + host + ":" + port + "/";
    }

    private static String value(String arg, List<String> rest) {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new IllegalArgumentException(arg + ": a value is expected after it");
        }
        return rest.remove(0);
    }

    private static String country(String text) {
        if (!text.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("--country: expected a two-letter country code such as fr, be or ma,"
                    + " got '" + text + "'");
        }
        return text.toUpperCase(java.util.Locale.ROOT);
    }

    private static int port(String text) {
        try {
            int p = Integer.parseInt(text);
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port: expected a number from 1 to 65535, got '" + text + "'");
    }
}
