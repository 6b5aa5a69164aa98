package coop.essaim.web.internal.ledger;

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
import coop.essaim.web.internal.pages.ForbiddenPage;
import coop.essaim.web.internal.pages.NotFoundPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accounting reports over books worked by hand (test module's chart, EUR): in January 2025 Jeanne invoices
 * 1,200.00 and is paid 600.00; in February she buys 280.00 of supplies and the brand group invoices 500.00.
 */
class LedgerReportPagesTest {

    @RegisterExtension
    static final WebFixture web = WebFixture.withDemo().withTestModule();

    private static final String FEBRUARY = "?from=2025-02-01&to=2025-02-28";

    private static String eur(long cents) {
        return Money.of(cents, "EUR").format(Locale.FRENCH);
    }

    private static Activity activity(String name) {
        return DemoUsers.activity(web.kernel(), DemoUsers.context(web.kernel(), CoreRoles.ADMINISTRATOR), name);
    }

    /** Posted once per kernel (the idempotency keys make a second post return the first). */
    private static void books() {
        web.installTestModule();
        UserContext compta = DemoUsers.context(web.kernel(), CoreRoles.ACCOUNTANT);
        long jeanne = activity(DemoMembers.JEANNE_ACTIVITY).id();
        long group = activity(DemoMembers.GROUP_ACTIVITY).id();
        post(compta, "1", JournalCode.SALES, "2025-01-10", "411000", "706000", jeanne, 120_000, "Facture 1");
        post(compta, "2", JournalCode.BANK, "2025-01-20", "512000", "411000", jeanne, 60_000, "Règlement 1");
        post(compta, "3", JournalCode.PURCHASES, "2025-02-05", "606000", "401000", jeanne, 28_000, "=HYPERLINK(1)");
        post(compta, "4", JournalCode.SALES, "2025-02-07", "411000", "706000", group, 50_000, "Facture 2");
    }

    private static void post(UserContext user, String key, JournalCode journal, String date, String debit,
                             String credit, long activity, long cents, String label) {
        LocalDate d = LocalDate.parse(date);
        Money m = Money.of(cents, "EUR");
        web.kernel().service(Ledger.class).post(user, new EntryDraft(user.cooperativeId(), journal, d, "P-" + key, d,
                label, List.of(PostingLine.debit(debit, activity, m), PostingLine.credit(credit, activity, m)),
                "report-test:" + key));
    }

    @Test
    void theAccountantSeesABalancedTrialBalanceAndItsCsv(BrowserTester tester) {
        books();
        KernelFixture.logIn(tester, CoreRoles.ACCOUNTANT);
        tester.executeUrl("ledger/trial-balance" + FEBRUARY);
        tester.assertRenderedPage(TrialBalancePage.class);
        tester.assertContains("Grand livre");
        tester.assertLabel("rows:1:cells:0:text", "411000");
        tester.assertLabel("rows:1:cells:2:text", eur(60_000));
        tester.assertLabel("rows:1:cells:6:text", eur(110_000));
        // totals: opening 1,200.00 both sides, movements 780.00, closing 1,980.00
        tester.assertLabel("rows:5:cells:2:text", eur(120_000));
        tester.assertLabel("rows:5:cells:5:text", eur(78_000));
        tester.assertLabel("rows:5:cells:6:text", eur(198_000));
        tester.assertLabel("rows:5:cells:7:text", eur(198_000));
        tester.assertLabel("summary", tester.getLastRenderedPage().getString("report.summary.balanced"));

        tester.executeUrl("ledger/trial-balance.csv" + FEBRUARY);
        String csv = tester.getLastResponseAsString();
        assertTrue(csv.startsWith("account,label,opening_debit,opening_credit,debit,credit,closing_debit,"
                + "closing_credit\r\n"), csv);
        assertTrue(csv.contains("411000,Clients,600.00,0.00,500.00,0.00,1100.00,0.00\r\n"), csv);
        assertTrue(csv.contains("total,,1200.00,1200.00,780.00,780.00,1980.00,1980.00\r\n"), csv);
    }

    @Test
    void theGeneralLedgerRunsTheBalanceOfAnAccountAndItsCsvDefusesFormulas(BrowserTester tester) {
        books();
        KernelFixture.logIn(tester, CoreRoles.ACCOUNTANT);
        tester.executeUrl("ledger/general-ledger?from=2025-01-01&to=2025-02-28&account=411000");
        tester.assertRenderedPage(GeneralLedgerPage.class);
        tester.assertLabel("rows:1:cells:3:text", "SALES-2025-000001");
        tester.assertLabel("rows:1:cells:10:text", eur(120_000));
        tester.assertLabel("rows:2:cells:10:text", eur(60_000));
        tester.assertLabel("rows:3:cells:10:text", eur(110_000));
        tester.assertLabel("rows:4:cells:10:text", eur(110_000));
        tester.assertInvisible("next");

        tester.executeUrl("ledger/general-ledger.csv?from=2025-02-01&to=2025-02-28");
        String csv = tester.getLastResponseAsString();
        assertTrue(csv.startsWith("account,date,journal,entry,piece,label,activity,debit,credit,lettering,balance"),
                csv);
        assertTrue(csv.contains("401000,2025-02-05,PURCHASES,PURCHASES-2025-000001,P-3,'=HYPERLINK(1),"), csv);
        assertTrue(csv.contains(",0.00,280.00,,-280.00\r\n"), csv);
    }

    @Test
    void theBalanceSheetBalancesWithTheResultAndTheIncomeStatementShowsIt(BrowserTester tester) {
        books();
        KernelFixture.logIn(tester, CoreRoles.ACCOUNTANT);
        tester.executeUrl("ledger/balance-sheet?date=2025-02-28");
        tester.assertRenderedPage(BalanceSheetPage.class);
        tester.assertLabel("summary", tester.getLastRenderedPage().getString("report.summary.sheetBalanced"));
        tester.assertContains(eur(170_000));
        tester.assertContains(eur(142_000));
        tester.executeUrl("ledger/balance-sheet.csv?date=2025-02-28");
        String csv = tester.getLastResponseAsString();
        assertTrue(csv.contains("totalAssets,,,1700.00\r\n"), csv);
        assertTrue(csv.contains("EQUITY,,result,1420.00\r\n"), csv);
        assertTrue(csv.contains("totalLiabilitiesAndEquity,,,1700.00\r\n"), csv);

        tester.executeUrl("ledger/income-statement?from=2025-01-01&to=2025-02-28");
        tester.assertRenderedPage(IncomeStatementPage.class);
        tester.assertContains(eur(142_000));
    }

    @Test
    void anEntrepreneurReadsHerOwnActivityOnlyAndNotTheWholeBooks(BrowserTester tester) {
        books();
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.executeUrl("ledger/income-statement?from=2025-01-01&to=2025-02-28");
        tester.assertRenderedPage(IncomeStatementPage.class);
        tester.assertContains(eur(92_000));
        tester.assertContainsNot(eur(142_000));
        long group = activity(DemoMembers.GROUP_ACTIVITY).id();
        tester.executeUrl("ledger/trial-balance" + FEBRUARY + "&activity=" + group);
        tester.assertRenderedPage(NotFoundPage.class);
        assertEquals(404, tester.getLastResponse().getStatus());
        tester.executeUrl("ledger/trial-balance.csv" + FEBRUARY + "&activity=" + group);
        assertEquals(404, tester.getLastResponse().getStatus());
        tester.executeUrl("ledger/balance-sheet?date=2025-02-28");
        tester.assertRenderedPage(ForbiddenPage.class);
        assertEquals(403, tester.getLastResponse().getStatus());
        tester.executeUrl("ledger/general-ledger.csv" + FEBRUARY);
        assertEquals(403, tester.getLastResponse().getStatus());
    }

    @Test
    void badFiltersAreNamedAndShowNoFigure(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ACCOUNTANT);
        tester.executeUrl("ledger/trial-balance?from=yesterday&to=2025-02-28");
        tester.assertRenderedPage(TrialBalancePage.class);
        tester.assertErrorMessages("La date de début n’est pas une date (AAAA-MM-JJ).");
        tester.assertInvisible("export");
        tester.executeUrl("ledger/trial-balance?from=2025-02-01&to=2026-02-28");
        tester.assertErrorMessages("La période reste dans un seul exercice : indiquez un dernier jour au plus tard"
                + " le 31 décembre 2025.");
    }
}
