package coop.essaim.payroll;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.People;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.payroll.Household;
import coop.essaim.payroll.api.EmployeeFacts;
import coop.essaim.payroll.api.PayrollRun;
import coop.essaim.payroll.api.SalaryPlanDraft;
import coop.essaim.payroll.api.PayslipRecord;
import coop.essaim.payroll.api.RunStatus;
import coop.essaim.payroll.internal.Payroll;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same core and the same standard plugins (invoicing, payroll) with the French, the Belgian or the Moroccan
 * country plugin: {@code essaim demo --country} makes that country's demo cooperative, whose sales are invoiced
 * under its VAT, whose path follows its model and whose members are paid by its payroll law, in its currency.
 */
class ThreeCountriesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "FR, EUR, essaim-country-fr.jar, country-fr, Coopérative Essaim Démo, france",
        "BE, EUR, essaim-country-be.jar, country-be, Coopérative démo Bruxelles, belgium",
        "MA, MAD, essaim-country-ma.jar, country-ma, Coopérative démo Casablanca, morocco"})
    void theDemoScenarioRunsUnchangedInEachCountry(String country, String currency, String jar, String module,
                                                   String name, String pathModel) {
        EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/test-plugins/" + jar),
                Path.of("target/test-plugins/essaim-invoicing.jar"), Path.of("target/classes"))
                .inCountry(country, currency, "fr").withDemo();
        essaim.start();
        try {
            essaim.assertStarted(module);
            essaim.assertStarted("invoicing");
            essaim.assertStarted("payroll");
            UserContext accountant = essaim.demoUser("compta");
            Cooperative coop = essaim.service(CooperativeDirectory.class).find(accountant.cooperativeId())
                    .orElseThrow();
            assertEquals(name, coop.legalName());
            assertEquals(country, coop.country());
            assertEquals(currency, coop.currency());
            assertTrue(essaim.service(People.class).pathModel(accountant).id().startsWith(pathModel),
                    essaim.service(People.class).pathModel(accountant).id());

            UserContext admin = essaim.demoUser("admin");
            List<Activity> open = essaim.service(Activities.class).list(admin, null, null);
            Money turnover = open.stream().map(a -> essaim.service(ActivityAccounts.class).account(accountant,
                    a.id(), LocalDate.now().minusYears(2), LocalDate.now()).turnoverExclVat())
                    .reduce(Money.zero(java.util.Currency.getInstance(currency)), Money::plus);
            assertTrue(turnover.isPositive(), "the demo's invoices were validated under the country's VAT");

            Payroll payroll = Payroll.of(essaim.modules().context("payroll").orElseThrow());
            PayrollRun october = payroll.runs().run(accountant, YearMonth.of(2026, 10)).orElseThrow();
            assertEquals(RunStatus.VALIDATED, october.status());
            assertFalse(october.payslips().isEmpty(), "payslips in " + country + ": " + october.notices());
            for (PayslipRecord p : october.payslips()) {
                assertNotNull(p.entryId(), "posted to the country's chart");
                assertEquals(currency, p.payslip().gross().currency().getCurrencyCode());
                assertTrue(p.payslip().netPaid().isPositive());
                assertTrue(p.payslip().netPaid().compareTo(p.payslip().gross()) < 0);
                assertTrue(p.payslip().gross().compareTo(p.payslip().employerCost()) < 0);
            }
        } finally {
            essaim.stop();
        }
    }

    /**
     * The run applies the household and dependants recorded for the employee: the CGSLB/ACLVB example of 2025
     * (employé, 3,750 € gross, married, partner with own income, one child) comes out of a Belgian monthly run
     * once they are recorded, and not before.
     */
    @org.junit.jupiter.api.Test
    void aBelgianRunAppliesTheHouseholdAndDependantsRecordedForTheEmployee() {
        EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/test-plugins/essaim-country-be.jar"),
                Path.of("target/test-plugins/essaim-invoicing.jar"), Path.of("target/classes"))
                .inCountry("BE", "EUR", "fr").withDemo();
        essaim.start();
        try {
            UserContext accountant = essaim.demoUser("compta");
            Payroll payroll = Payroll.of(essaim.modules().context("payroll").orElseThrow());
            PayslipRecord paid = payroll.runs().run(accountant, YearMonth.of(2026, 10)).orElseThrow().payslips()
                    .get(0);
            YearMonth june = YearMonth.of(2027, 6);
            payroll.plans().decide(accountant, SalaryPlanDraft.fixedGross(paid.activityId(), paid.personId(), june,
                    1, Money.of(375_000, "EUR"), new BigDecimal("164.67"), "Exemple CGSLB 2025"));

            PayslipRecord single = own(payroll.runs().compute(accountant, june), paid.personId());
            assertEquals(Money.of(375_000, "EUR"), single.payslip().gross());
            assertFalse(single.payslip().withholding().equals(Money.of(69_121, "EUR")));

            payroll.employees().record(accountant, new EmployeeFacts(paid.personId(), false, null, null, null,
                    Household.COUPLE_PARTNER_WITH_INCOME, 1));
            PayslipRecord family = own(payroll.runs().compute(accountant, june), paid.personId());
            assertEquals(Money.of(69_121, "EUR"), family.payslip().withholding());
            assertEquals(Money.of(253_706, "EUR"), family.payslip().netPaid());
        } finally {
            essaim.stop();
        }
    }

    private static PayslipRecord own(PayrollRun run, long personId) {
        return run.payslips().stream().filter(p -> p.personId() == personId).findFirst().orElseThrow(() ->
                new AssertionError("no payslip for " + personId + ": " + run.notices()));
    }
}
