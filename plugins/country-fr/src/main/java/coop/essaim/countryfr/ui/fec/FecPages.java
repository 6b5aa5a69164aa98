package coop.essaim.countryfr.ui.fec;

import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.web.MenuItem;
import coop.essaim.api.web.MenuSection;
import coop.essaim.api.web.PageContribution;
import coop.essaim.api.web.PageDeclaration;

import java.util.List;

/** The page /m/country-fr/fec, in the Accounting menu, for those who read the whole books. */
public final class FecPages implements PageContribution {

    @Override
    public List<PageDeclaration> pages() {
        return List.of(PageDeclaration.menuPage("fec", FecPage.class, LedgerPermissions.READ,
                new MenuItem(MenuSection.ACCOUNTING, "menu.fec", 400)));
    }
}
