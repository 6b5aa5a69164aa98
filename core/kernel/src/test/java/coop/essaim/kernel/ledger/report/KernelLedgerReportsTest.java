package coop.essaim.kernel.ledger.report;

import coop.essaim.api.ledger.BalanceSheet;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.GeneralLedger;
import coop.essaim.api.ledger.IncomeStatement;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.ReportQuery;
import coop.essaim.api.ledger.TrialBalance;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.ledger.LedgerFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reports over a small set of books worked by hand (EUR): in January Jeanne (activity JEANNE) invoices
 * 1,200.00 and is paid 600.00; in February she buys 280.00 of supplies and pays the supplier, Paul (PAUL) invoices
 * 500.00 and the invoice is reversed; in March Jeanne invoices 100.00 more.
 */
class KernelLedgerReportsTest {

    @RegisterExtension
    static final LedgerFixture f = new LedgerFixture();

    static final long JEANNE = LedgerFixture.JEANNE;
    static final long PAUL = LedgerFixture.PAUL;
    static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);
    static final LocalDate FEB_28 = LocalDate.of(2026, 2, 28);

    KernelLedgerReports reports;

    static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }

    @BeforeEach
    void books() {
        reports = new KernelLedgerReports(f.core.store, f.core.core.cooperatives(), f.core.registry,
                user -> f.activities.getOrDefault(user.userId(), Set.of()));
        post("e1", JournalCode.SALES, "2026-01-15", "411000", "706000", JEANNE, 120000);
        post("e2", JournalCode.BANK, "2026-01-20", "512000", "411000", JEANNE, 60000);
        post("e3", JournalCode.PURCHASES, "2026-02-03", "601000", "401000", JEANNE, 28000);
        ValidatedEntry paul = post("e4", JournalCode.SALES, "2026-02-10", "411000", "706000", PAUL, 50000);
        f.ledger.reverse(f.admin, paul.id(), LocalDate.of(2026, 2, 20), null);
        post("e6", JournalCode.BANK, "2026-02-25", "401000", "512000", JEANNE, 28000);
        post("e7", JournalCode.SALES, "2026-03-05", "411000", "706000", JEANNE, 10000);
    }

    ValidatedEntry post(String key, JournalCode journal, String date, String debit, String credit, long activity,
                        long cents) {
        LocalDate d = LocalDate.parse(date);
        return f.ledger.post(f.admin, new EntryDraft(f.admin.cooperativeId(), journal, d, "P-" + key, d,
                "Pièce " + key, List.of(PostingLine.debit(debit, activity, eur(cents)),
                PostingLine.credit(credit, activity, eur(cents))), key));
    }

    @Test
    void theTrialBalanceOfFebruaryOpensWithJanuaryAndBalances() {
        TrialBalance tb = reports.trialBalance(f.admin, ReportQuery.period(FEB_1, FEB_28));
        assertEquals(List.of("401000", "411000", "512000", "601000", "706000"),
                tb.rows().stream().map(TrialBalance.Row::accountCode).toList());
        TrialBalance.Row clients = tb.rows().get(1);
        assertEquals("Clients", clients.label());
        assertEquals(eur(60000), clients.openingDebit());
        assertEquals(eur(50000), clients.debit());
        assertEquals(eur(50000), clients.credit());
        assertEquals(eur(60000), clients.closingDebit());
        TrialBalance.Row bank = tb.rows().get(2);
        assertEquals(eur(60000), bank.opening());
        assertEquals(eur(28000), bank.credit());
        assertEquals(eur(32000), bank.closingDebit());
        TrialBalance.Row sales = tb.rows().get(4);
        assertEquals(eur(120000), sales.openingCredit());
        assertEquals(eur(120000), sales.closingCredit());
        assertEquals(new TrialBalance.Totals(eur(120000), eur(120000), eur(156000), eur(156000), eur(120000),
                eur(120000)), tb.totals());
        assertTrue(tb.totals().balanced());
    }

    @Test
    void theAnalyticTrialBalanceKeepsOneActivityAndTheVariantSplitsByActivity() {
        TrialBalance jeanne = reports.trialBalance(f.admin, ReportQuery.period(FEB_1, FEB_28).ofActivity(JEANNE));
        assertEquals(List.of("401000", "411000", "512000", "601000", "706000"),
                jeanne.rows().stream().map(TrialBalance.Row::accountCode).toList());
        assertEquals(eur(0), jeanne.rows().get(1).debit());
        assertEquals(eur(60000), jeanne.rows().get(1).closingDebit());
        assertEquals(eur(28000), jeanne.rows().get(3).closingDebit());

        TrialBalance split = reports.trialBalanceByActivity(f.admin, ReportQuery.period(FEB_1, FEB_28));
        assertEquals(List.of("401000/" + JEANNE, "411000/" + JEANNE, "411000/" + PAUL, "512000/" + JEANNE,
                "601000/" + JEANNE, "706000/" + JEANNE, "706000/" + PAUL), split.rows().stream().map(r -> r.accountCode() + "/" + r.activityId()).toList());
        assertEquals(eur(0), split.rows().get(2).closing());
        assertTrue(split.totals().balanced());
        assertEquals(split.totals(), reports.trialBalance(f.admin, ReportQuery.period(FEB_1, FEB_28)).totals());
    }

    @Test
    void theGeneralLedgerOfAnAccountRunsFromItsOpeningAcrossPages() {
        ReportQuery clients = ReportQuery.period(FEB_1, LocalDate.of(2026, 3, 31)).ofAccount("411000");
        GeneralLedger all = reports.generalLedger(f.admin, clients, 0, 500);
        GeneralLedger.AccountLines account = all.accounts().get(0);
        assertEquals(eur(60000), account.opening());
        assertEquals(List.of(eur(110000), eur(60000), eur(70000)),
                account.lines().stream().map(GeneralLedger.Line::balance).toList());
        assertEquals("SALES-2026-000002", account.lines().get(0).entryReference());
        assertEquals("P-e4", account.lines().get(0).pieceReference());
        assertEquals(PAUL, account.lines().get(0).activityId());
        assertEquals(eur(70000), account.closing());
        assertFalse(all.more());

        GeneralLedger first = reports.generalLedger(f.admin, clients, 0, 2);
        assertTrue(first.more());
        GeneralLedger second = reports.generalLedger(f.admin, clients, 2, 2);
        assertFalse(second.more());
        assertEquals(eur(60000), second.accounts().get(0).broughtForward());
        assertEquals(eur(70000), second.accounts().get(0).lines().get(0).balance());
        assertEquals(eur(70000), second.accounts().get(0).closing());
    }

    @Test
    void everyAccountsGeneralLedgerPagedByThreeEqualsTheUnpagedOne() {
        ReportQuery feb = ReportQuery.period(FEB_1, FEB_28);
        List<String> unpaged = lines(reports.generalLedger(f.admin, feb, 0, 500));
        assertEquals(List.of("401000 -28000", "401000 0", "411000 110000", "411000 60000", "512000 32000",
                "601000 28000", "706000 -170000", "706000 -120000"), unpaged);
        List<String> paged = new ArrayList<>();
        GeneralLedger page;
        int offset = 0;
        do {
            page = reports.generalLedger(f.admin, feb, offset, 3);
            paged.addAll(lines(page));
            offset += 3;
        } while (page.more());
        assertEquals(unpaged, paged);
        GeneralLedger middle = reports.generalLedger(f.admin, feb, 3, 3);
        assertEquals("411000", middle.accounts().get(0).accountCode());
        assertEquals(eur(110000), middle.accounts().get(0).broughtForward());
    }

    private static List<String> lines(GeneralLedger page) {
        List<String> out = new ArrayList<>();
        page.accounts().forEach(a -> a.lines().forEach(l -> out.add(a.accountCode() + " "
                + l.balance().minorUnits())));
        return out;
    }

    @Test
    void theBalanceSheetBalancesWithTheResultOfTheYearSoFar() {
        BalanceSheet sheet = reports.balanceSheet(f.admin, FEB_28);
        assertEquals(LocalDate.of(2026, 1, 1), sheet.yearStart());
        assertEquals(eur(92000), sheet.totalAssets());
        assertEquals(List.of("411000", "512000"), sheet.assets().lines().stream()
                .map(l -> l.accountCode()).toList());
        assertEquals(eur(0), sheet.liabilities().total());
        assertEquals(eur(92000), sheet.result());
        assertEquals(eur(92000), sheet.totalLiabilitiesAndEquity());
        assertTrue(sheet.balanced());
    }

    @Test
    void theIncomeStatementOfJeannesActivityIsHerTurnoverLessHerExpenses() {
        IncomeStatement jeanne = reports.incomeStatement(f.admin, ReportQuery.period(LocalDate.of(2026, 1, 1),
                FEB_28).ofActivity(JEANNE));
        assertEquals(eur(120000), jeanne.revenue().total());
        assertEquals(eur(28000), jeanne.expenses().total());
        assertEquals(eur(92000), jeanne.result());
        IncomeStatement feb = reports.incomeStatement(f.admin, ReportQuery.period(FEB_1, FEB_28));
        assertEquals(eur(0), feb.revenue().total());
        assertEquals(eur(-28000), feb.result());
    }

    @Test
    void anEntrepreneurReadsOnlyTheReportsOfHerOwnActivity() {
        UserContext jeanne = f.core.user(f.admin, "jeanne", CoreRoles.ENTREPRENEUR);
        f.activities.put(jeanne.userId(), Set.of(JEANNE));
        ReportQuery feb = ReportQuery.period(FEB_1, FEB_28);
        assertEquals(eur(-28000), reports.incomeStatement(jeanne, feb.ofActivity(JEANNE)).result());
        assertEquals(5, reports.trialBalance(jeanne, feb.ofActivity(JEANNE)).rows().size());
        assertEquals("activity", assertThrows(ValidationException.class,
                () -> reports.incomeStatement(jeanne, feb.ofActivity(PAUL))).errors().get(0).field());
        assertThrows(ValidationException.class, () -> reports.trialBalanceByActivity(jeanne, feb.ofActivity(PAUL)));
        assertThrows(AccessDeniedException.class, () -> reports.trialBalance(jeanne, feb));
        assertThrows(AccessDeniedException.class, () -> reports.incomeStatement(jeanne, feb));
        assertThrows(AccessDeniedException.class, () -> reports.balanceSheet(jeanne, FEB_28));
        assertThrows(AccessDeniedException.class, () -> reports.generalLedger(jeanne, feb.ofActivity(JEANNE), 0, 10));
    }

    @Test
    void anotherCooperativeSeesNoneOfTheBooks() {
        UserContext other = f.core.otherCooperative();
        ReportQuery feb = ReportQuery.period(FEB_1, FEB_28);
        assertTrue(reports.trialBalance(other, feb).rows().isEmpty());
        assertTrue(reports.generalLedger(other, feb, 0, 10).accounts().isEmpty());
        assertEquals("activity", assertThrows(ValidationException.class,
                () -> reports.incomeStatement(other, feb.ofActivity(JEANNE))).errors().get(0).field());
    }

    @Test
    void badPeriodsAccountsAndPagesAreRefusedNamingTheField() {
        assertEquals("from", field(() -> reports.trialBalance(f.admin, ReportQuery.period(null, FEB_28))));
        assertEquals("to", field(() -> reports.trialBalance(f.admin, ReportQuery.period(FEB_28, FEB_1))));
        ValidationException twoYears = assertThrows(ValidationException.class, () -> reports.trialBalance(f.admin,
                ReportQuery.period(FEB_1, LocalDate.of(2027, 1, 5))));
        assertEquals("La période reste dans un seul exercice : indiquez un dernier jour au plus tard le"
                + " 31 décembre 2026.", twoYears.errors().get(0).message());
        assertEquals("account", field(() -> reports.generalLedger(f.admin,
                ReportQuery.period(FEB_1, FEB_28).ofAccount("999999"), 0, 10)));
        assertEquals("limit", field(() -> reports.generalLedger(f.admin, ReportQuery.period(FEB_1, FEB_28), 0, 501)));
        assertEquals("date", field(() -> reports.balanceSheet(f.admin, null)));
    }

    private static String field(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(ValidationException.class, call).errors().get(0).field();
    }
}
