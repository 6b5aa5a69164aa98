package coop.essaim.payroll.ui;

import coop.essaim.api.web.MenuItem;
import coop.essaim.api.web.MenuSection;
import coop.essaim.api.web.PageContribution;
import coop.essaim.api.web.PageDeclaration;
import coop.essaim.payroll.api.PayrollPermissions;

import java.util.List;

/**
 * The pages: /m/payroll/payslips (one's own, in the Activity menu) and /m/payroll/payslip, /m/payroll/plans
 * (the salary plans an adviser decides), /m/payroll/jobs (short job contracts, declared by advisers, read by
 * everyone for their own), /m/payroll/simulator, and /m/payroll/run (the month's payroll, for
 * accounting).
 */
public final class PayrollPages implements PageContribution {

    @Override
    public List<PageDeclaration> pages() {
        return List.of(
                PageDeclaration.menuPage("payslips", PayslipsPage.class, PayrollPermissions.VIEW_OWN,
                        new MenuItem(MenuSection.ACTIVITY, "menu.payslips", 400)),
                PageDeclaration.page("payslip", PayslipPage.class, PayrollPermissions.VIEW_OWN),
                PageDeclaration.menuPage("plans", PlansPage.class, PayrollPermissions.PLAN,
                        new MenuItem(MenuSection.ACTIVITY, "menu.plans", 410)),
                PageDeclaration.menuPage("jobs", JobsPage.class, PayrollPermissions.VIEW_OWN,
                        new MenuItem(MenuSection.ACTIVITY, "menu.jobs", 415)),
                PageDeclaration.menuPage("simulator", SimulatorPage.class, PayrollPermissions.SIMULATE,
                        new MenuItem(MenuSection.ACTIVITY, "menu.simulator", 420)),
                PageDeclaration.menuPage("run", RunPage.class, PayrollPermissions.RUN,
                        new MenuItem(MenuSection.ACCOUNTING, "menu.run", 400)));
    }
}
