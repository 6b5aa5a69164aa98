package coop.essaim.api.web;

import java.util.List;

/**
 * Extension point: the pages a module adds to the web application, each with the permission it needs and,
 * optionally, its entry in the main menu.
 *
 * <p>The core mounts each page at {@code /m/<module-id>/<path>}, checks the permission on the server for
 * every request to it (a user without it gets the "forbidden" page, never the content), and builds the menu
 * from the entries the current user may open. Page classes are Wicket pages ({@code coop.essaim.web.ui.
 * LayoutPage} gives the common layout); the API keeps them as {@link Class} so it carries no Wicket type.
 * Called once when the module starts; the list must not change afterwards.
 */
public interface PageContribution {

    List<PageDeclaration> pages();
}
