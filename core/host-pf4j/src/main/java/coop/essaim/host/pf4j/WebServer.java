package coop.essaim.host.pf4j;

import coop.essaim.kernel.Kernel;
import coop.essaim.web.EssaimWeb;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;

/**
 * Embedded Jetty 12 serving the three servlets of {@link EssaimWeb} in one context: the web application at
 * {@code /*}, the API at {@code /api/*}, the themes at {@code /theme/*}.
 */
final class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final Server server;
    private final ServerConnector connector;

    private WebServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** Starts serving; port 0 picks a free port ({@link #port()} tells which). */
    static WebServer start(Kernel kernel, String bindAddress, int port, Path pageStore) {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("essaim-http");
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(bindAddress);
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.addServlet(new ServletHolder("essaim-api", EssaimWeb.apiServlet(kernel)), "/api/*");
        context.addServlet(new ServletHolder("essaim-theme", EssaimWeb.themeServlet(kernel)), "/theme/*");
        context.addServlet(new ServletHolder("essaim-web", EssaimWeb.wicketServlet(kernel, pageStore)), "/*");
        server.setHandler(context);
        // the host's own shutdown hook stops Jetty before the kernel, in that order
        server.setStopAtShutdown(false);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new IllegalStateException("cannot listen on " + bindAddress + ":" + port
                        + " (" + e.getMessage() + "): another program uses it; choose another port with --port", e);
            }
            if (e instanceof IOException) {
                throw new IllegalStateException("cannot listen on " + bindAddress + ":" + port + ": " + e.getMessage(), e);
            }
            throw new IllegalStateException("the web server did not start: " + e.getMessage(), e);
        }
        LOG.info("serving on {}:{}", bindAddress, connector.getLocalPort());
        return new WebServer(server, connector);
    }

    int port() {
        return connector.getLocalPort();
    }

    void join() throws InterruptedException {
        server.join();
    }

    void stop() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("the web server did not stop cleanly", e);
        }
    }
}
