package coop.essaim.reporting.ui;

import coop.essaim.api.web.MenuItem;
import coop.essaim.api.web.MenuSection;
import coop.essaim.api.web.PageContribution;
import coop.essaim.api.web.PageDeclaration;
import coop.essaim.reporting.api.ReportingPermissions;

import java.util.List;

/** The page: /m/reporting/activity-report?year=&site= (the yearly activity report). */
public final class ReportingPages implements PageContribution {

    @Override
    public List<PageDeclaration> pages() {
        return List.of(PageDeclaration.menuPage("activity-report", ActivityReportPage.class, ReportingPermissions.VIEW,
                new MenuItem(MenuSection.REPORTS, "menu.activity-report", 100)));
    }
}
