package coop.essaim.host.osgi.bridge;

import coop.essaim.kernel.Kernel;
import coop.essaim.web.EssaimWeb;
import jakarta.servlet.Servlet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

/**
 * Publishes the three servlets of {@code coop.essaim.web.EssaimWeb} on the OSGi R8.1 jakarta Servlet
 * Whiteboard, where Felix HTTP Jetty12 picks them up: the web application at {@code /*}, the JSON API at
 * {@code /api/*}, the theme at {@code /theme/*}, all in the default servlet context (the pages link the theme
 * relative to the application root).
 */
final class WebServlets implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServlets.class);

    private final List<ServiceRegistration<Servlet>> registrations = new ArrayList<>();

    void register(BundleContext context, Kernel kernel, Path pageStore) {
        // the API last: once /api/v1/health answers 200 (what the startup report and scripts wait for),
        // the pages and the theme are served too
        publish(context, "essaim-wicket", "/*", EssaimWeb.wicketServlet(kernel, pageStore));
        publish(context, "essaim-theme", "/theme/*", EssaimWeb.themeServlet(kernel));
        publish(context, "essaim-api", "/api/*", EssaimWeb.apiServlet(kernel));
    }

    private void publish(BundleContext context, String name, String pattern, Servlet servlet) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, name);
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, pattern);
        registrations.add(context.registerService(Servlet.class, servlet, props));
        LOG.info("servlet {} published at {}", name, pattern);
    }

    /** Unregistering makes the whiteboard destroy the servlets (Wicket's application stops with it). */
    @Override
    public void close() {
        for (int i = registrations.size() - 1; i >= 0; i--) {
            try {
                registrations.get(i).unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework is stopping and unregistered it already
            }
        }
        registrations.clear();
    }
}
