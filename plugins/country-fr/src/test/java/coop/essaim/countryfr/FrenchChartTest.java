package coop.essaim.countryfr;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountRole;
import coop.essaim.api.ledger.ChartOfAccounts;
import coop.essaim.api.people.Address;
import coop.essaim.api.people.DeadlineFlag;
import coop.essaim.api.people.EstablishmentDetails;
import coop.essaim.api.people.PathChange;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.security.UserContext;
import coop.essaim.countryfr.api.FrenchAccounts;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plugin on the real core: the French chart and the three-year associate rule. */
class FrenchChartTest {

    @RegisterExtension
    static EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/classes"));

    @Test
    void theFrenchChartIsContributedWithTheRolesTheCoreReads() {
        essaim.assertStarted("country-fr");
        List<ChartOfAccounts> charts = essaim.extensions(ChartOfAccounts.class, "country-fr");
        assertEquals(1, charts.size());
        assertEquals("FR", charts.get(0).country());
        Map<String, Account> accounts = charts.get(0).accounts().stream()
                .collect(Collectors.toMap(Account::code, Function.identity()));
        assertEquals(charts.get(0).accounts().size(), accounts.size(), "codes are unique");
        assertTrue(accounts.keySet().stream().allMatch(c -> c.matches("[1-7][0-9]{5}")), "six digits, classes 1-7");
        assertEquals(AccountRole.CASH, accounts.get(FrenchAccounts.BANK).role());
        assertEquals(AccountRole.RECEIVABLE, accounts.get(FrenchAccounts.CUSTOMERS).role());
        assertEquals(AccountRole.PURCHASES_FOR_RESALE, accounts.get(FrenchAccounts.PURCHASES_FOR_RESALE).role());
        assertEquals(AccountRole.SALARY_COST, accounts.get(FrenchAccounts.GROSS_SALARIES).role());
        assertEquals(AccountRole.YEAR_PROFIT, accounts.get(FrenchAccounts.YEAR_PROFIT).role());
        assertEquals(AccountRole.YEAR_LOSS, accounts.get(FrenchAccounts.YEAR_LOSS).role());
    }

    @Test
    void everyAccountOtherPluginsNameIsInTheChart() throws IllegalAccessException {
        Set<String> codes = new HashSet<>();
        essaim.extensions(ChartOfAccounts.class, "country-fr").get(0).accounts().forEach(a -> codes.add(a.code()));
        for (Field f : FrenchAccounts.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                assertTrue(codes.contains((String) f.get(null)), f.getName() + " " + f.get(null));
            }
        }
    }

    @Test
    void aMemberIsDueToBecomeAssociateThreeYearsAfterTheirSupportAgreementStarted() {
        UserContext admin = essaim.administrator();
        People people = essaim.service(People.class);
        long site = people.createEstablishment(admin, new EstablishmentDetails("Lyon", Address.NONE)).id();
        Person olivier = people.create(admin, new PersonDetails(PersonKind.MEMBER, "Olivier", "Brun", null, false,
                null, null, Address.NONE, null, site, List.of(), null));
        LocalDate agreement = LocalDate.now().minusYears(3).minusMonths(2);
        people.recordTransition(admin, olivier.id(), new PathChange("reception", agreement.minusWeeks(3), null,
                null, null));
        people.recordTransition(admin, olivier.id(), new PathChange("support-agreement", agreement,
                agreement.plusYears(1), null, null));
        Person now = people.find(admin, olivier.id()).orElseThrow();
        assertEquals(agreement.plusYears(3), now.deadline().date());
        assertEquals(DeadlineFlag.OVERDUE, now.deadline().flag());
    }
}
