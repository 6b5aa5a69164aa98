package coop.essaim.brandgroups.ui;

import coop.essaim.api.web.MenuItem;
import coop.essaim.api.web.MenuSection;
import coop.essaim.api.web.PageContribution;
import coop.essaim.api.web.PageDeclaration;
import coop.essaim.brandgroups.api.BrandGroupPermissions;

import java.util.List;

/**
 * The pages: /m/brand-groups/groups (every group, making a group of an activity: managers), /mine (a member's
 * own groups) and /group?id= (one group: members, rule and its history, the account's figures, the shares of
 * each month, and for managers the forms to record a rule edition, work figures, split or cancel a month).
 */
public final class BrandGroupsPages implements PageContribution {

    @Override
    public List<PageDeclaration> pages() {
        return List.of(
                PageDeclaration.menuPage("groups", GroupsPage.class, BrandGroupPermissions.MANAGE,
                        new MenuItem(MenuSection.ACTIVITY, "menu.groups", 800)),
                PageDeclaration.menuPage("mine", MyGroupsPage.class, BrandGroupPermissions.READ_OWN,
                        new MenuItem(MenuSection.ACTIVITY, "menu.mine", 810)),
                PageDeclaration.page("group", GroupPage.class, PageDeclaration.AUTHENTICATED));
    }
}
