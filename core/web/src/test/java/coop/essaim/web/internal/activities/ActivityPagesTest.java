package coop.essaim.web.internal.activities;

import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activity;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.demo.DemoMembers;
import coop.essaim.web.BrowserTester;
import coop.essaim.web.DemoUsers;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.WebFixture;
import coop.essaim.web.internal.me.MySpacePage;
import coop.essaim.web.internal.pages.ForbiddenPage;
import coop.essaim.web.internal.pages.NotFoundPage;
import org.apache.wicket.markup.html.list.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The activity list and page and "My space", with the test module's chart so the accountant can post
 * Jeanne's first invoice (1,200 € excl. VAT) and a purchase of 280 €, as in the domain guide.
 */
class ActivityPagesTest {

    @RegisterExtension
    static final WebFixture web = WebFixture.withDemo().withTestModule();

    private static final Money TURNOVER = Money.of(120_000, "EUR");
    private static final Money EXPENSES = Money.of(28_000, "EUR");
    private static final Money CONTRIBUTION = Money.of(12_000, "EUR");
    private static final Money AVAILABLE = Money.of(80_000, "EUR");
    private static final Money RECEIVED = Money.of(60_000, "EUR");

    private static UserContext admin() {
        return DemoUsers.context(web.kernel(), CoreRoles.ADMINISTRATOR);
    }

    private static Activity jeannes() {
        return DemoUsers.activity(web.kernel(), admin(), DemoMembers.JEANNE_ACTIVITY);
    }

    /** Posted once per kernel (the idempotency key makes a second post return the first). */
    private static void postJeannesFigures() {
        web.installTestModule();
        UserContext compta = DemoUsers.context(web.kernel(), CoreRoles.ACCOUNTANT);
        long a = jeannes().id();
        LocalDate day = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        Ledger ledger = web.kernel().service(Ledger.class);
        ledger.post(compta, new EntryDraft(compta.cooperativeId(), JournalCode.SALES, day, "F-1", day, "Facture",
                List.of(PostingLine.debit("411000", a, TURNOVER), PostingLine.credit("706000", a, TURNOVER)),
                "test:jeanne:invoice"));
        ledger.post(compta, new EntryDraft(compta.cooperativeId(), JournalCode.PURCHASES, day, "A-1", day, "Tissus",
                List.of(PostingLine.debit("606000", a, EXPENSES), PostingLine.credit("401000", a, EXPENSES)),
                "test:jeanne:purchase"));
        ledger.post(compta, new EntryDraft(compta.cooperativeId(), JournalCode.BANK, day, "R-1", day, "Acompte",
                List.of(PostingLine.debit("512000", a, RECEIVED), PostingLine.credit("411000", a, RECEIVED)),
                "test:jeanne:payment"));
    }

    @Test
    void accountantSeesEveryActivityAndAnActivitysAccount(BrowserTester tester) {
        postJeannesFigures();
        KernelFixture.logIn(tester, CoreRoles.ACCOUNTANT);
        tester.executeUrl("activities");
        tester.assertRenderedPage(ActivitiesPage.class);
        tester.assertContains(DemoMembers.JEANNE_ACTIVITY);
        tester.assertContains(DemoMembers.GROUP_ACTIVITY);
        tester.assertContains(DemoMembers.JEANNE_BRAND.replace("'", "&#039;"));

        tester.executeUrl("activities/" + jeannes().id());
        tester.assertRenderedPage(ActivityPage.class);
        tester.assertLabel("name", DemoMembers.JEANNE_ACTIVITY);
        tester.assertLabel("code", jeannes().analyticCode());
        tester.assertLabel("members:0:link:name", "Jeanne Martin");
        tester.assertVisible("account");
        tester.assertLabel("account:turnover", TURNOVER.format(Locale.FRENCH));
        tester.assertLabel("account:contribution", CONTRIBUTION.format(Locale.FRENCH));
        tester.assertLabel("account:expenses", EXPENSES.format(Locale.FRENCH));
        tester.assertLabel("account:available", AVAILABLE.format(Locale.FRENCH));
        tester.assertLabel("account:result", AVAILABLE.format(Locale.FRENCH));
        // half of the invoice is paid: only that is cash
        tester.assertLabel("account:treasury", RECEIVED.format(Locale.FRENCH));
        tester.assertContains("class=\"treasury-chart\"");
        tester.assertContains("Prestations de services");
    }

    @Test
    void theForecastShowsTodaysCashThenWhatTheModulesExpect(BrowserTester tester) {
        postJeannesFigures();
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.executeUrl("activities/" + jeannes().id());
        tester.assertRenderedPage(ActivityPage.class);
        tester.assertVisible("forecast");
        tester.assertLabel("forecast:position", RECEIVED.format(Locale.FRENCH));
        // 600 € today, 80 € overdue to pay counted today, 250 € coming in ten days
        tester.assertLabel("forecast:end", Money.of(77_000, "EUR").format(Locale.FRENCH));
        tester.assertLabel("forecast:expected:0:label", "Fournisseur en retard");
        tester.assertVisible("forecast:expected:0:overdue");
        tester.assertLabel("forecast:expected:1:label", "Facture attendue");
        tester.assertInvisible("forecast:expected:1:overdue");
        tester.assertInvisible("forecast:unavailable");
        tester.assertContains("Prévision de trésorerie de l’activité");
    }

    @Test
    void theListExportsAsCsvWithTheSameReachAsThePage(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ACCOUNTANT);
        tester.executeUrl("activities/export.csv?status=ALL");
        assertTrue(tester.getLastResponse().getContentType().startsWith("text/csv"));
        String all = tester.getLastResponseAsString();
        assertTrue(all.startsWith("id,name,brand,trade,start,end,status,analytic_code,members"), all);
        assertTrue(all.contains(DemoMembers.JEANNE_ACTIVITY) && all.contains(DemoMembers.GROUP_ACTIVITY), all);

        BrowserTester jeanne = web.newBrowser();
        KernelFixture.logIn(jeanne, CoreRoles.ENTREPRENEUR);
        jeanne.executeUrl("activities/export.csv?status=ALL");
        String own = jeanne.getLastResponseAsString();
        assertEquals(2, own.lines().count(), own);
        assertTrue(own.contains(DemoMembers.JEANNE_ACTIVITY), own);
    }

    @Test
    void brandGroupShowsItsMembershipHistory(BrowserTester tester) {
        Activity group = DemoUsers.activity(web.kernel(), admin(), DemoMembers.GROUP_ACTIVITY);
        KernelFixture.logIn(tester, CoreRoles.ADVISER);
        tester.executeUrl("activities/" + group.id());
        assertEquals(3, ((ListView<?>) tester.getComponentFromLastRenderedPage("members")).getList().size());
        tester.assertContains("Pauline Caron");
    }

    @Test
    void entrepreneurSeesOnlyHerActivitiesAndNotFoundForAnother(BrowserTester tester) {
        Activity group = DemoUsers.activity(web.kernel(), admin(), DemoMembers.GROUP_ACTIVITY);
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.executeUrl("activities?status=ALL");
        assertEquals(1, ((ListView<?>) tester.getComponentFromLastRenderedPage("activities")).getList().size());
        tester.assertContains(DemoMembers.JEANNE_ACTIVITY);
        tester.executeUrl("activities/" + group.id());
        tester.assertRenderedPage(NotFoundPage.class);
        assertEquals(404, tester.getLastResponse().getStatus());
        tester.assertContainsNot(DemoMembers.GROUP_BRAND);
    }

    @Test
    void mySpaceShowsJeanneHerFilePathAndActivityWithItsAccount(BrowserTester tester) {
        postJeannesFigures();
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.executeUrl("me");
        tester.assertRenderedPage(MySpacePage.class);
        tester.assertInvisible("noFile");
        tester.assertLabel("identity:status", "Salarié");
        tester.assertLabel("path:steps:2:status", "Salarié");
        tester.assertLabel("activities:activities:0:link:name", DemoMembers.JEANNE_ACTIVITY);
        tester.assertLabel("activities:activities:0:account:turnover", TURNOVER.format(Locale.FRENCH));
        tester.assertLabel("activities:activities:0:account:result", AVAILABLE.format(Locale.FRENCH));
    }

    @Test
    void mySpaceIsForEntrepreneursOnly(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ADVISER);
        tester.executeUrl("me");
        tester.assertRenderedPage(ForbiddenPage.class);
        assertEquals(403, tester.getLastResponse().getStatus());
    }
}
