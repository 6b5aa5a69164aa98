package coop.essaim.mutualtraining.ui;

import coop.essaim.api.web.MenuItem;
import coop.essaim.api.web.MenuSection;
import coop.essaim.api.web.PageContribution;
import coop.essaim.api.web.PageDeclaration;
import coop.essaim.mutualtraining.api.MutualTrainingPermissions;

import java.util.List;

/**
 * The pages: /m/mutual-training/mine (a member's own requests and the request form), /catalogue (the published
 * offers, searchable; offering a skill; the reviewers' queue), /decide (the committee's: the year's budget and
 * requests, the decisions) and /records (sessions, attendance, hours, certificates, the yearly export).
 */
public final class MutualTrainingPages implements PageContribution {

    @Override
    public List<PageDeclaration> pages() {
        return List.of(
                PageDeclaration.menuPage("mine", MyRequestsPage.class, MutualTrainingPermissions.MEMBER,
                        new MenuItem(MenuSection.ACTIVITY, "menu.mine", 700)),
                PageDeclaration.menuPage("catalogue", CataloguePage.class, MutualTrainingPermissions.MEMBER,
                        new MenuItem(MenuSection.ACTIVITY, "menu.catalogue", 710)),
                PageDeclaration.menuPage("decide", DecisionsPage.class, MutualTrainingPermissions.DECIDE,
                        new MenuItem(MenuSection.GOVERNANCE, "menu.decide", 700)),
                PageDeclaration.menuPage("records", RecordsPage.class, MutualTrainingPermissions.RECORDS,
                        new MenuItem(MenuSection.GOVERNANCE, "menu.records", 710)));
    }
}
