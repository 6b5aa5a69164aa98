package coop.essaim.web.internal.theme;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves {@code /theme/<file>} from the installation's theme folder ({@code <home>/themes/<name>/}, name
 * from the system property {@code essaim.theme}, "default" otherwise), falling back to the theme built into
 * this jar. Only plain file names with a known type are served, so nothing outside the folder can be read.
 */
public final class ThemeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ThemeServlet.class);

    public static final String THEME_PROPERTY = "essaim.theme";
    static final String BUILT_IN = "coop/essaim/web/theme/";

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=utf-8", "svg", "image/svg+xml", "png", "image/png",
            "jpg", "image/jpeg", "webp", "image/webp", "ico", "image/x-icon", "woff2", "font/woff2");

    private final transient Path folder;

    public ThemeServlet(Path folder) {
        this.folder = folder;
    }

    /** {@code <home>/themes/<essaim.theme or default>}; an invalid theme name falls back to "default". */
    public static Path themeFolder(Path home) {
        String name = System.getProperty(THEME_PROPERTY, "default").trim();
        if (!name.matches("[a-z0-9][a-z0-9_-]{0,40}")) {
            LOG.warn("theme name '{}' is not a plain folder name; using the default theme", name);
            name = "default";
        }
        return home.resolve("themes").resolve(name);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        String type = typeOf(name);
        if (type == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "public, max-age=300");
        Path file = folder.resolve(name).normalize();
        if (file.startsWith(folder.normalize()) && Files.isRegularFile(file)) {
            response.setContentType(type);
            response.setContentLengthLong(Files.size(file));
            try (OutputStream out = response.getOutputStream()) {
                Files.copy(file, out);
            }
            return;
        }
        try (InputStream builtIn = ThemeServlet.class.getClassLoader().getResourceAsStream(BUILT_IN + name)) {
            if (builtIn == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(type);
            try (OutputStream out = response.getOutputStream()) {
                builtIn.transferTo(out);
            }
        }
    }

    /** The content type of a servable name, or null: one plain file name, known extension, no dot files. */
    static String typeOf(String name) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*\\.[a-z0-9]+")) {
            return null;
        }
        return TYPES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
    }
}
