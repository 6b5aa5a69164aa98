package coop.essaim.accompaniment.ui;

import coop.essaim.accompaniment.api.AccompanimentPermissions;
import coop.essaim.api.web.MenuItem;
import coop.essaim.api.web.MenuSection;
import coop.essaim.api.web.PageContribution;
import coop.essaim.api.web.PageDeclaration;

import java.util.List;

/**
 * The pages: /m/accompaniment/portfolio (the adviser's home), /m/accompaniment/calendar (the adviser's week),
 * /m/accompaniment/appointment (the form), /m/accompaniment/mine (the person's own appointments) and
 * /m/accompaniment/feed (the private iCalendar feed, open to calendar apps with its secret token); the workshops:
 * /m/accompaniment/workshops (the team's catalogue and sessions), /m/accompaniment/workshop-session (one session,
 * its sign-ups and attendance), /m/accompaniment/workshop-statistics (the team's figures and CSV) and
 * /m/accompaniment/my-workshops (the person's).
 */
public final class AccompanimentPages implements PageContribution {

    @Override
    public List<PageDeclaration> pages() {
        return List.of(
                PageDeclaration.menuPage("portfolio", PortfolioPage.class, AccompanimentPermissions.PORTFOLIO,
                        new MenuItem(MenuSection.SUPPORT, "menu.portfolio", 100)),
                PageDeclaration.menuPage("calendar", CalendarPage.class, AccompanimentPermissions.READ,
                        new MenuItem(MenuSection.SUPPORT, "menu.calendar", 110)),
                PageDeclaration.page("appointment", AppointmentPage.class, AccompanimentPermissions.MANAGE),
                PageDeclaration.menuPage("mine", MyAppointmentsPage.class, AccompanimentPermissions.VIEW_OWN,
                        new MenuItem(MenuSection.ACTIVITY, "menu.mine", 500)),
                PageDeclaration.menuPage("objectives", ObjectivesPage.class, AccompanimentPermissions.VIEW_OWN,
                        new MenuItem(MenuSection.ACTIVITY, "menu.objectives", 505)),
                PageDeclaration.page("feed", FeedPage.class, PageDeclaration.PUBLIC),
                PageDeclaration.menuPage("workshops", WorkshopCataloguePage.class,
                        AccompanimentPermissions.WORKSHOPS_MANAGE,
                        new MenuItem(MenuSection.SUPPORT, "menu.workshops", 120)),
                PageDeclaration.page("workshop-session", WorkshopSessionPage.class,
                        AccompanimentPermissions.WORKSHOPS_MANAGE),
                PageDeclaration.menuPage("workshop-statistics", WorkshopStatisticsPage.class,
                        AccompanimentPermissions.WORKSHOPS_MANAGE,
                        new MenuItem(MenuSection.SUPPORT, "menu.workshopStatistics", 130)),
                PageDeclaration.menuPage("my-workshops", MyWorkshopsPage.class, AccompanimentPermissions.WORKSHOPS_VIEW,
                        new MenuItem(MenuSection.ACTIVITY, "menu.myWorkshops", 510)));
    }
}
