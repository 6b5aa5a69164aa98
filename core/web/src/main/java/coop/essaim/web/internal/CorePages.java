package coop.essaim.web.internal;

import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.web.MenuSection;
import coop.essaim.web.internal.activities.ActivitiesPage;
import coop.essaim.web.internal.activities.ActivityPage;
import coop.essaim.web.internal.contributions.ContributionsPage;
import coop.essaim.web.internal.cooperative.CooperativePage;
import coop.essaim.web.internal.imports.ImportPage;
import coop.essaim.web.internal.ledger.BalanceSheetPage;
import coop.essaim.web.internal.ledger.GeneralLedgerPage;
import coop.essaim.web.internal.ledger.IncomeStatementPage;
import coop.essaim.web.internal.ledger.LedgerReport;
import coop.essaim.web.internal.ledger.LetteringPage;
import coop.essaim.web.internal.ledger.LetteringView;
import coop.essaim.web.internal.ledger.TrialBalancePage;
import coop.essaim.web.internal.me.MySpacePage;
import coop.essaim.web.internal.people.NewPersonPage;
import coop.essaim.web.internal.people.PeoplePage;
import coop.essaim.web.internal.people.PersonPage;
import org.apache.wicket.Page;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The core's own pages (people, activities, imports, the ledger's reports, the cooperative's profile): where each is mounted, who may open it (checked on the server by
 * {@code PageAccess} for every request, and by the menu) and its menu entry, if any. An entrepreneur holds no
 * people or activity permission but opens the lists and pages, which the kernel confines to their own file and
 * activities; any other user needs the read permission.
 */
public final class CorePages {

    /** A core page; {@code menuKey} null: not in the menu (a detail page, a form). */
    public record CorePage(String path, Class<? extends Page> pageClass, Predicate<UserContext> mayOpen,
                           String section, String menuKey, int order) {
    }

    private static final Predicate<UserContext> PEOPLE = u -> u.can(CorePermissions.PEOPLE_READ)
            || u.hasRole(CoreRoles.ENTREPRENEUR);
    private static final Predicate<UserContext> ACTIVITIES = u -> u.can(CorePermissions.ACTIVITIES_READ)
            || u.hasRole(CoreRoles.ENTREPRENEUR);

    public static final List<CorePage> PAGES = List.of(
            new CorePage("/me", MySpacePage.class, u -> u.hasRole(CoreRoles.ENTREPRENEUR),
                    MenuSection.ACTIVITY, "menu.me", 10),
            new CorePage("/activities", ActivitiesPage.class, ACTIVITIES, MenuSection.ACTIVITY, "menu.activities", 20),
            new CorePage("/activities/${id}", ActivityPage.class, ACTIVITIES, null, null, 0),
            new CorePage("/people", PeoplePage.class, PEOPLE, MenuSection.PEOPLE, "menu.people", 10),
            new CorePage("/people/new", NewPersonPage.class, u -> u.can(CorePermissions.PEOPLE_MANAGE)
                    && !staffLess(u), null, null, 0),
            new CorePage("/people/import", ImportPage.class, u -> u.can(CorePermissions.PEOPLE_MANAGE)
                    && !staffLess(u), null, null, 0),
            new CorePage("/people/${id}", PersonPage.class, PEOPLE, null, null, 0),
            new CorePage(LedgerReport.TRIAL_BALANCE.path(), TrialBalancePage.class,
                    LedgerReport.TRIAL_BALANCE.mayOpen(), MenuSection.ACCOUNTING, "menu.trialBalance", 10),
            new CorePage(LedgerReport.GENERAL_LEDGER.path(), GeneralLedgerPage.class,
                    LedgerReport.GENERAL_LEDGER.mayOpen(), MenuSection.ACCOUNTING, "menu.generalLedger", 20),
            new CorePage(LetteringView.PATH, LetteringPage.class, LetteringView.MAY_OPEN, MenuSection.ACCOUNTING,
                    "menu.lettering", 25),
            new CorePage(LedgerReport.BALANCE_SHEET.path(), BalanceSheetPage.class,
                    LedgerReport.BALANCE_SHEET.mayOpen(), MenuSection.ACCOUNTING, "menu.balanceSheet", 30),
            new CorePage(LedgerReport.INCOME_STATEMENT.path(), IncomeStatementPage.class,
                    LedgerReport.INCOME_STATEMENT.mayOpen(), MenuSection.ACCOUNTING, "menu.incomeStatement", 40),
            new CorePage("/ledger/contributions", ContributionsPage.class, LedgerReport.WHOLE_BOOKS,
                    MenuSection.ACCOUNTING, "menu.contributions", 50),
            new CorePage("/cooperative", CooperativePage.class, u -> u.can(CorePermissions.COOPERATIVE_MANAGE),
                    MenuSection.ADMINISTRATION, "menu.cooperative", 100));

    private CorePages() {
    }

    public static Optional<CorePage> of(Class<?> pageClass) {
        return PAGES.stream().filter(p -> p.pageClass() == pageClass).findFirst();
    }

    /** True when the user may open the page of the people core at {@code pageClass} (true for other pages). */
    public static boolean mayOpen(UserContext user, Class<?> pageClass) {
        return of(pageClass).map(p -> p.mayOpen().test(user)).orElse(true);
    }

    public static boolean mayListPeople(UserContext user) {
        return PEOPLE.test(user);
    }

    /**
     * An entrepreneur without a staff role: the kernel confines them to their own file and activities
     * and never shows them the notes, whatever their role was granted.
     */
    public static boolean staffLess(UserContext user) {
        return user.hasRole(CoreRoles.ENTREPRENEUR) && !user.hasRole(CoreRoles.ADMINISTRATOR)
                && !user.hasRole(CoreRoles.ADVISER) && !user.hasRole(CoreRoles.ACCOUNTANT);
    }
}
