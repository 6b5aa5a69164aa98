package coop.essaim.api.dashboard;

import coop.essaim.api.security.UserContext;

/**
 * Extension point: a tile of the home dashboard (for example an entrepreneur's treasury, an adviser's next
 * appointments). The core renders what {@link #content} returns, so a widget needs no web code; only users
 * holding {@link #permission()} see it. Called on each home page view: keep it fast (one or two indexed
 * queries) and scoped to {@code user}'s cooperative and rights.
 */
public interface DashboardWidget {

    String id();

    /** Translation key of the tile's title, in the module's bundle. */
    String titleKey();

    String permission();

    /** Lower comes first. */
    default int order() {
        return 100;
    }

    WidgetContent content(UserContext user);
}
