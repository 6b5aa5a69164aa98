package coop.essaim.web;

import jakarta.servlet.Servlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.net.URI;
import java.util.Map;

/** Embedded Jetty 12 on a free loopback port with the servlets mapped as a host maps them, for HTTP tests. */
public final class LoopbackServer implements AutoCloseable {

    private final Server server;
    private final URI base;

    private LoopbackServer(Server server, URI base) {
        this.server = server;
        this.base = base;
    }

    /**
     * Starts the servlets under their path specs ({@code "/api/*"}), with HTTP sessions only when asked: the
     * Wicket pages need them, the API must work without.
     */
    public static LoopbackServer start(boolean sessions, Map<String, Servlet> servlets) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(
                sessions ? ServletContextHandler.SESSIONS : ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        servlets.forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
        server.setHandler(context);
        server.start();
        return new LoopbackServer(server, URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/"));
    }

    /** {@code http://127.0.0.1:<port>/} */
    public URI base() {
        return base;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
