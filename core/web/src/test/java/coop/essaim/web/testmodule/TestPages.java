package coop.essaim.web.testmodule;

import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.web.MenuItem;
import coop.essaim.api.web.MenuSection;
import coop.essaim.api.web.PageContribution;
import coop.essaim.api.web.PageDeclaration;

import java.util.List;

/**
 * Two pages: one for every logged-in user, one needing core.modules.view; one that always fails, and one open to
 * anonymous visitors.
 */
public class TestPages implements PageContribution {

    @Override
    public List<PageDeclaration> pages() {
        return List.of(
                PageDeclaration.menuPage("hello", HelloPage.class, PageDeclaration.AUTHENTICATED,
                        new MenuItem(MenuSection.ACTIVITY, "menu.hello", 10)),
                PageDeclaration.menuPage("admin/report", AdminReportPage.class, CorePermissions.MODULES_VIEW,
                        new MenuItem(MenuSection.REPORTS, "menu.report", 10)),
                PageDeclaration.page("broken", BrokenPage.class, PageDeclaration.AUTHENTICATED),
                PageDeclaration.page("open", OpenPage.class, PageDeclaration.PUBLIC));
    }
}
