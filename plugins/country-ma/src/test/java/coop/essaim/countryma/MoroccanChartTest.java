package coop.essaim.countryma;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountRole;
import coop.essaim.api.ledger.ChartOfAccounts;
import coop.essaim.api.payroll.PayrollAccounts;
import coop.essaim.api.payroll.PayrollRules;
import coop.essaim.api.sales.SalesAccounts;
import coop.essaim.api.sales.SalesRules;
import coop.essaim.api.sales.VatRate;
import coop.essaim.countryma.api.MoroccanAccounts;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CGNC on the real core, for a cooperative in Morocco: every account the plugin's rules name is in it. */
class MoroccanChartTest {

    @RegisterExtension
    static EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/classes")).inCountry("MA", "MAD", "fr");

    private Map<String, Account> chart() {
        List<ChartOfAccounts> charts = essaim.extensions(ChartOfAccounts.class, "country-ma");
        assertEquals(1, charts.size());
        assertEquals("MA", charts.get(0).country());
        Map<String, Account> accounts = charts.get(0).accounts().stream()
                .collect(Collectors.toMap(Account::code, Function.identity()));
        assertEquals(charts.get(0).accounts().size(), accounts.size(), "codes are unique");
        return accounts;
    }

    @Test
    void theCgncIsContributedWithTheRolesTheCoreReads() {
        Map<String, Account> accounts = chart();
        assertTrue(accounts.keySet().stream().allMatch(c -> c.matches("[1-7][0-9]{3,4}")), "CGNC classes 1-7");
        assertEquals(AccountRole.CASH, accounts.get("5141").role());
        assertEquals(AccountRole.CASH, accounts.get("5161").role());
        assertEquals(AccountRole.RECEIVABLE, accounts.get("3421").role());
        assertEquals(AccountRole.PAYABLE, accounts.get("4411").role());
        assertEquals(AccountRole.PURCHASES_FOR_RESALE, accounts.get("6111").role());
        assertEquals(AccountRole.SALARY_COST, accounts.get("6171").role());
        assertEquals(AccountRole.SALARY_COST, accounts.get("6174").role());
        assertEquals(AccountRole.INTERNAL_SALES, accounts.get("71278").role());
        assertEquals(AccountRole.CONTRIBUTION, accounts.get("61881").role());
        assertEquals(AccountRole.YEAR_PROFIT, accounts.get("1191").role());
        assertEquals(AccountRole.YEAR_LOSS, accounts.get("1199").role());
        for (String code : List.of("7121", "3421", "4411", "4455", "3455", "4432", "4441", "4452", "5141", "6171",
                "6174", "1111", "1140")) {
            assertTrue(accounts.containsKey(code), code);
        }
    }

    @Test
    void everyAccountThePayrollAndSalesRulesNameIsInTheChart() throws IllegalAccessException {
        Map<String, Account> accounts = chart();
        List<String> named = new ArrayList<>();
        for (Field f : MoroccanAccounts.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                named.add((String) f.get(null));
            }
        }
        PayrollRules payroll = essaim.extensions(PayrollRules.class, "country-ma").get(0);
        PayrollAccounts pay = payroll.accounts();
        named.addAll(List.of(pay.grossSalaries(), pay.employerContributions(), pay.netPayDue(), pay.withholdingDue()));
        payroll.compute(YearMonth.of(2025, 1), coop.essaim.api.payroll.EmployeeSituation.of(new BigDecimal("191"), 1,
                BigDecimal.ZERO), coop.essaim.api.money.Money.of(900_000, "MAD")).lines()
                .forEach(l -> named.add(l.payableAccount()));
        SalesRules sales = essaim.extensions(SalesRules.class, "country-ma").get(0);
        SalesAccounts s = sales.accounts();
        named.addAll(List.of(s.customers(), s.servicesSold(), s.goodsSold(), s.bank(), s.suppliers(), s.purchases(),
                s.expenseClaims(), s.internalSales(), s.internalPurchases(), sales.customerDepositsAccount()));
        for (VatRate rate : sales.vatRates()) {
            named.add(rate.collectedAccount());
            named.add(rate.deductibleAccount());
        }
        for (String code : named) {
            assertTrue(accounts.containsKey(code), code);
        }
        assertEquals(new PayrollAccounts("6171", "6174", "4432", "4452"), pay);
    }
}
