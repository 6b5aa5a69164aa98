package ${package}.ui;

import coop.essaim.api.web.MenuItem;
import coop.essaim.api.web.MenuSection;
import coop.essaim.api.web.PageContribution;
import coop.essaim.api.web.PageDeclaration;
import ${package}.api.NotePermissions;

import java.util.List;

/** The plugin's pages: /m/${pluginId}/notes, for users who may see notes, in the "Activity" menu. */
public final class NotePages implements PageContribution {

    @Override
    public List<PageDeclaration> pages() {
        return List.of(PageDeclaration.menuPage("notes", NotesPage.class, NotePermissions.VIEW,
                new MenuItem(MenuSection.ACTIVITY, "menu.notes", 100)));
    }
}
