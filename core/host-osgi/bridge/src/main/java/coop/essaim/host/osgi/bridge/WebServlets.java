package coop.essaim.host.osgi.bridge;

import coop.essaim.kernel.Kernel;
import jakarta.servlet.Servlet;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

/**
 * Publishes the three servlets of {@code coop.essaim.web.EssaimWeb} on the OSGi R8.1 jakarta Servlet
 * Whiteboard, where Felix HTTP Jetty12 picks them up: the web application at {@code /*}, the JSON API at
 * {@code /api/*}, the theme at {@code /theme/*}, all in the default servlet context (the pages link the theme
 * relative to the application root).
 *
 * <p>The web bundle keeps {@code coop.essaim.web} private (it exports only {@code coop.essaim.web.ui}, the
 * package plugins build pages on), so its facade is reached through the web bundle's own class loader. The
 * servlets it returns are plain {@code jakarta.servlet.Servlet}s built on our {@link Kernel}, types both
 * bundles import from the same exporters.
 */
final class WebServlets implements AutoCloseable {

    static final String WEB_BUNDLE = "coop.essaim.web";
    static final String FACADE = "coop.essaim.web.EssaimWeb";
    private static final Logger LOG = LoggerFactory.getLogger(WebServlets.class);

    private final List<ServiceRegistration<Servlet>> registrations = new ArrayList<>();

    void register(BundleContext context, Kernel kernel, Path pageStore) {
        Class<?> facade = facade(context);
        // the API last: once /api/v1/health answers 200 (what the startup report and scripts wait for),
        // the pages and the theme are served too
        publish(context, "essaim-wicket", "/*", servlet(facade, "wicketServlet", kernel, pageStore));
        publish(context, "essaim-theme", "/theme/*", servlet(facade, "themeServlet", kernel));
        publish(context, "essaim-api", "/api/*", servlet(facade, "apiServlet", kernel));
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

    private static Class<?> facade(BundleContext context) {
        for (Bundle b : context.getBundles()) {
            if (WEB_BUNDLE.equals(b.getSymbolicName())) {
                try {
                    return b.loadClass(FACADE);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("bundle " + WEB_BUNDLE + " has no " + FACADE, e);
                }
            }
        }
        throw new IllegalStateException("bundle " + WEB_BUNDLE + " is not installed: bundles/ must hold essaim-web");
    }

    private static Servlet servlet(Class<?> facade, String method, Object... args) {
        Class<?>[] types = args.length == 1 ? new Class<?>[] {Kernel.class} : new Class<?>[] {Kernel.class, Path.class};
        try {
            Method m = facade.getMethod(method, types);
            return (Servlet) m.invoke(null, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(FACADE + "." + method + " failed: " + cause, cause);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(FACADE + "." + method + " does not fit this host: " + e, e);
        }
    }
}
