package coop.essaim.tradegroups.ui;

import coop.essaim.api.web.MenuItem;
import coop.essaim.api.web.MenuSection;
import coop.essaim.api.web.PageContribution;
import coop.essaim.api.web.PageDeclaration;
import coop.essaim.tradegroups.api.TradeGroupPermissions;

import java.util.List;

/**
 * The pages: /m/trade-groups/groups (every group's name and trade, joining one, the groups matching a trade; the
 * managers' form to create one), /group?id= (one group for its members and managers: members, next and past
 * meetings, the meeting form for its coordinator), /grids (the published grids, for everyone) and
 * /grid-edition?group= (a new grid edition, for the coordinator).
 */
public final class TradeGroupsPages implements PageContribution {

    @Override
    public List<PageDeclaration> pages() {
        return List.of(
                PageDeclaration.menuPage("groups", GroupsPage.class, TradeGroupPermissions.READ,
                        new MenuItem(MenuSection.SUPPORT, "menu.groups", 850)),
                PageDeclaration.menuPage("grids", GridsPage.class, TradeGroupPermissions.READ,
                        new MenuItem(MenuSection.SUPPORT, "menu.grids", 860)),
                PageDeclaration.page("group", GroupPage.class, TradeGroupPermissions.READ),
                PageDeclaration.page("grid-edition", GridEditionPage.class, TradeGroupPermissions.READ));
    }
}
