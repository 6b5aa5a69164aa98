package coop.essaim.countrybe;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountRole;
import coop.essaim.api.ledger.ChartOfAccounts;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.PayrollRules;
import coop.essaim.api.payroll.PayslipLine;
import coop.essaim.api.people.Activities;
import coop.essaim.api.sales.SalesAccounts;
import coop.essaim.api.sales.SalesRules;
import coop.essaim.api.sales.VatRate;
import coop.essaim.api.security.UserContext;
import coop.essaim.countrybe.api.BelgianAccounts;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plugin on the real core, in a Belgian cooperative: the PCMN, its roles, and the accounts payroll and sales use. */
class BelgianChartTest {

    @RegisterExtension
    static EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/classes")).inCountry("BE", "EUR", "fr");

    private static Map<String, Account> chart() {
        List<ChartOfAccounts> charts = essaim.extensions(ChartOfAccounts.class, "country-be");
        assertEquals(1, charts.size());
        assertEquals("BE", charts.get(0).country());
        return charts.get(0).accounts().stream().collect(Collectors.toMap(Account::code, Function.identity()));
    }

    @Test
    void thePcmnIsContributedWithTheRolesTheCoreReads() {
        essaim.assertStarted("country-be");
        Map<String, Account> accounts = chart();
        assertTrue(accounts.keySet().stream().allMatch(c -> c.matches("[1-7][0-9]{5}")), "six digits, classes 1-7");
        assertEquals(AccountRole.CASH, accounts.get("550000").role());
        assertEquals(AccountRole.CASH, accounts.get("570000").role());
        assertEquals(AccountRole.RECEIVABLE, accounts.get("400000").role());
        assertEquals(AccountRole.PAYABLE, accounts.get("440000").role());
        assertEquals(AccountRole.PURCHASES_FOR_RESALE, accounts.get("604000").role());
        assertEquals(AccountRole.SALARY_COST, accounts.get("620200").role());
        assertEquals(AccountRole.SALARY_COST, accounts.get("621000").role());
        assertEquals(AccountRole.CONTRIBUTION, accounts.get(BelgianAccounts.CONTRIBUTION).role());
        assertEquals(AccountRole.INTERNAL_SALES, accounts.get(BelgianAccounts.INTERNAL_SALES).role());
        assertEquals(AccountRole.YEAR_PROFIT, accounts.get("140000").role());
        assertEquals(AccountRole.YEAR_LOSS, accounts.get("141000").role());
        for (String vatAndPay : List.of("411000", "451000", "453000", "454000", "455000", "700000", "100000")) {
            assertTrue(accounts.containsKey(vatAndPay), vatAndPay);
        }
    }

    @Test
    void everyAccountOtherPluginsNameIsInTheChart() throws IllegalAccessException {
        Set<String> codes = chart().keySet();
        for (Field f : BelgianAccounts.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                assertTrue(codes.contains((String) f.get(null)), f.getName() + " " + f.get(null));
            }
        }
    }

    @Test
    void payrollAndSalesPostOnlyToAccountsOfTheChart() {
        Set<String> codes = chart().keySet();
        PayrollRules payroll = essaim.extensions(PayrollRules.class, "country-be").get(0);
        var a = payroll.accounts();
        assertTrue(codes.containsAll(List.of(a.grossSalaries(), a.employerContributions(), a.netPayDue(),
                a.withholdingDue())));
        var payslip = payroll.compute(YearMonth.of(2025, 3), EmployeeSituation.of(new BigDecimal("164.67"), 3,
                BigDecimal.ZERO), eur(250_000));
        for (PayslipLine line : payslip.lines()) {
            assertTrue(codes.contains(line.payableAccount()), line.code() + " " + line.payableAccount());
        }
        SalesRules sales = essaim.extensions(SalesRules.class, "country-be").get(0);
        SalesAccounts s = sales.accounts();
        Set<String> used = new HashSet<>(List.of(s.customers(), s.servicesSold(), s.goodsSold(), s.bank(),
                s.suppliers(), s.purchases(), s.expenseClaims(), s.internalSales(), s.internalPurchases(),
                sales.customerDepositsAccount()));
        for (VatRate rate : sales.vatRates()) {
            used.add(rate.collectedAccount());
            used.add(rate.deductibleAccount());
        }
        assertTrue(codes.containsAll(used), used.toString());
    }

    /** The core accepts an entry on the PCMN in a Belgian cooperative: a 21 % sale of 1,000 € excl. VAT. */
    @Test
    void theLedgerPostsOnThePcmn() {
        UserContext admin = essaim.administrator();
        long structure = essaim.service(Activities.class).structure(admin).orElseThrow().id();
        LocalDate day = LocalDate.of(2026, 3, 10);
        ValidatedEntry entry = essaim.service(Ledger.class).post(admin, new EntryDraft(admin.cooperativeId(),
                JournalCode.SALES, day, "F-BE-1", day, "Facture F-BE-1", List.of(
                PostingLine.debit(BelgianAccounts.CUSTOMERS, structure, eur(121_000)),
                PostingLine.credit(BelgianAccounts.SERVICES_SOLD, structure, eur(100_000)),
                PostingLine.credit(BelgianAccounts.VAT_COLLECTED, structure, eur(21_000))), "be-test:sale"));
        assertEquals(3, entry.lines().size());
        assertFalse(entry.reference().isBlank());
    }

    private static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }
}
