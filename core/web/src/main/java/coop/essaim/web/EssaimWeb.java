package coop.essaim.web;

import coop.essaim.kernel.Kernel;
import coop.essaim.web.api.ApiServlet;
import coop.essaim.web.internal.theme.ThemeServlet;
import jakarta.servlet.Servlet;

import java.nio.file.Path;

/**
 * What a host needs to serve Essaim: three servlets, host-neutral, built on a started {@link Kernel}.
 *
 * <ul>
 *   <li>{@link #wicketServlet} mapped at {@code /*}: the web application (pages, menus, login, setup).</li>
 *   <li>{@link #apiServlet} mapped at {@code /api/*}: the JSON API ({@code /api/v1/...}, bearer tokens).</li>
 *   <li>{@link #themeServlet} mapped at {@code /theme/*}: the stylesheet and images of the theme, from
 *       {@code <home>/themes/<essaim.theme>/} with the built-in default theme as fallback.</li>
 * </ul>
 *
 * <p>All three must share one servlet context (the pages link {@code theme/essaim.css} relative to the
 * application root). In OSGi, register them on the HTTP whiteboard with those patterns; with embedded
 * Jetty, add them to one {@code ServletContextHandler}. The container's default servlet is not needed.
 */
public final class EssaimWeb {

    private EssaimWeb() {
    }

    /**
     * The Wicket servlet. {@code pageStore} is where Wicket keeps serialised pages (in the data folder,
     * never {@code java.io.tmpdir}); it is created when missing.
     */
    public static Servlet wicketServlet(Kernel kernel, Path pageStore) {
        return new EssaimWicketServlet(new EssaimWebApplication(kernel, pageStore));
    }

    public static Servlet apiServlet(Kernel kernel) {
        return new ApiServlet(kernel);
    }

    public static Servlet themeServlet(Kernel kernel) {
        return new ThemeServlet(ThemeServlet.themeFolder(kernel.environment().home()));
    }
}
