package coop.essaim.web.internal.pages;

import coop.essaim.api.dashboard.DashboardWidget;
import coop.essaim.api.dashboard.WidgetContent;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.module.Extension;
import coop.essaim.kernel.module.ModuleRegistry;
import coop.essaim.web.internal.ModuleMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard tiles one user may see, computed for one request. A widget that throws becomes a tile
 * saying so (and the error is logged): one broken module must not take the home page down.
 */
final class DashboardTiles {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardTiles.class);

    record Figure(String label, String value) implements Serializable {
    }

    record Link(String label, String href) implements Serializable {
    }

    record Tile(String id, String title, List<Figure> figures, List<Link> links, String message, boolean failed)
            implements Serializable {
    }

    private DashboardTiles() {
    }

    static List<Tile> of(ModuleRegistry modules, UserContext user, Locale locale) {
        List<Extension<DashboardWidget>> widgets = new ArrayList<>(modules.extensions(DashboardWidget.class));
        widgets.sort(Comparator.comparingInt((Extension<DashboardWidget> e) -> order(e.instance())));
        List<Tile> tiles = new ArrayList<>();
        for (Extension<DashboardWidget> e : widgets) {
            DashboardWidget widget = e.instance();
            try {
                if (!user.can(widget.permission())) {
                    continue;
                }
                String title = ModuleMessages.text(e.module(), e.classLoader(), widget.titleKey(), locale);
                WidgetContent content = widget.content(user);
                if (content == null) {
                    continue;
                }
                tiles.add(new Tile(e.module().id() + "." + widget.id(), title,
                        content.figures().stream().map(f -> new Figure(f.label(), f.value())).toList(),
                        content.links().stream().filter(l -> isRelative(l.href()))
                                .map(l -> new Link(l.label(), l.href())).toList(),
                        content.message(), false));
            } catch (RuntimeException ex) {
                LOG.error("dashboard widget of module {} failed for user {}", e.module().id(), user.userId(), ex);
                tiles.add(new Tile(e.module().id(), e.module().name(), List.of(), List.of(), null, true));
            }
        }
        return tiles;
    }

    private static int order(DashboardWidget widget) {
        try {
            return widget.order();
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** Links stay inside the application: a widget cannot send users to another site. */
    private static boolean isRelative(String href) {
        return href != null && !href.isBlank() && !href.contains(":") && !href.startsWith("/") && !href.startsWith("\\");
    }
}
