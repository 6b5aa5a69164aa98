package coop.essaim.treasuryadvances.ui;

import coop.essaim.api.web.MenuItem;
import coop.essaim.api.web.MenuSection;
import coop.essaim.api.web.PageContribution;
import coop.essaim.api.web.PageDeclaration;
import coop.essaim.treasuryadvances.api.TreasuryAdvancePermissions;

import java.util.List;

/**
 * The pages: /m/treasury-advances/request (the request with each rule's check), /mine (an entrepreneur's own
 * advances), /board (what waits for the board and accounting), /advance (one advance: votes, decision,
 * disbursement, repayments, write-off), /rules (the dated eligibility rules) and /exposure (the dashboard and the partners' committee report).
 */
public final class AdvancesPages implements PageContribution {

    @Override
    public List<PageDeclaration> pages() {
        return List.of(
                PageDeclaration.menuPage("request", RequestPage.class, TreasuryAdvancePermissions.REQUEST,
                        new MenuItem(MenuSection.ACTIVITY, "menu.request", 600)),
                PageDeclaration.menuPage("mine", MyAdvancesPage.class, TreasuryAdvancePermissions.REQUEST_OWN,
                        new MenuItem(MenuSection.ACTIVITY, "menu.mine", 610)),
                PageDeclaration.menuPage("board", BoardPage.class, TreasuryAdvancePermissions.MANAGE,
                        new MenuItem(MenuSection.GOVERNANCE, "menu.board", 600)),
                PageDeclaration.page("advance", AdvancePage.class, PageDeclaration.AUTHENTICATED),
                PageDeclaration.menuPage("rules", RulesPage.class, TreasuryAdvancePermissions.MANAGE,
                        new MenuItem(MenuSection.GOVERNANCE, "menu.rules", 620)),
                PageDeclaration.menuPage("exposure", ExposurePage.class, TreasuryAdvancePermissions.EXPOSURE,
                        new MenuItem(MenuSection.GOVERNANCE, "menu.exposure", 610)));
    }
}
