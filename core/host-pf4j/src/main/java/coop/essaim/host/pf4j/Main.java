package coop.essaim.host.pf4j;

import coop.essaim.kernel.host.LaunchOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code java -cp 'lib/*' coop.essaim.host.pf4j.Main [--home DIR] [--data DIR] [--port N] [--bind ADDRESS] [--demo [--country XX]]}:
 * Essaim on the embedded host until Ctrl-C.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            // the console is this program's user interface: a wrong argument is told there, not logged
            System.err.println("essaim: " + e.getMessage());
            System.err.println("usage: essaim [--home DIR] [--data DIR] [--port N] [--bind ADDRESS] [--demo [--country XX]]");
            System.exit(2);
            return;
        }
        AtomicReference<EmbeddedHost> running = new AtomicReference<>();
        // registered before starting, so that Ctrl-C during a slow first start still stops what did start
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            EmbeddedHost h = running.get();
            if (h != null) {
                h.stop();
            }
        }, "essaim-shutdown"));
        EmbeddedHost host;
        try {
            host = EmbeddedHost.start(options);
        } catch (RuntimeException e) {
            LOG.error("Essaim did not start: {}", e.getMessage(), e);
            System.exit(1);
            return;
        }
        running.set(host);
        System.out.print(host.startupReport());
        System.out.flush();
        host.join();
    }
}
