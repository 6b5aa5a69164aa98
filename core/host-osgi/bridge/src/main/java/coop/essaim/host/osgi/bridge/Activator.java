package coop.essaim.host.osgi.bridge;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OSGi host's entry point (a plain activator: our own code uses no Declarative Services). Starting the
 * kernel runs migrations and builds persistence units, which takes seconds, so it happens on a thread of its
 * own: the launcher goes on starting the other bundles (Jetty among them) meanwhile.
 */
public final class Activator implements BundleActivator {

    private static final Logger LOG = LoggerFactory.getLogger(Activator.class);

    private EssaimServer server;
    private Thread starter;

    @Override
    public void start(BundleContext context) {
        BridgeSettings settings = BridgeSettings.read(context::getProperty);
        server = new EssaimServer(context, settings);
        starter = new Thread(() -> {
            try {
                server.start();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | LinkageError e) {
                LOG.error("Essaim did not start: {}", e.getMessage(), e);
                // the console is where the person who started the server looks
                System.err.println("essaim: the server did not start: " + e.getMessage());
                stopFramework(context);
            }
        }, "essaim-start");
        starter.start();
    }

    /**
     * Without its kernel the server serves nothing: stop the framework, so the process ends (the launcher then
     * exits with an error) instead of listening on an empty port.
     */
    private static void stopFramework(BundleContext context) {
        try {
            context.getBundle(0).stop();
        } catch (BundleException | IllegalStateException e) {
            LOG.error("cannot stop the framework: {}", e.getMessage(), e);
        }
    }

    @Override
    public void stop(BundleContext context) throws InterruptedException {
        Thread t = starter;
        if (t != null) {
            server.abortStart();
            t.join(60_000);
        }
        if (server != null) {
            server.stop();
        }
        server = null;
        starter = null;
    }
}
