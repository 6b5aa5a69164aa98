package coop.essaim.countryfr;

import coop.essaim.api.ledger.ActivityAccount;
import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo cooperative's books: Jeanne's first three months as the domain guide tells them. */
class FrenchDemoLedgerTest {

    @RegisterExtension
    static EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/classes")).withDemo();

    @Test
    void jeanneHas800EurosAvailableAndOnlyThePaidInvoicesInHerTreasury() {
        UserContext jeanne = essaim.demoUser("jeanne");
        Activity couture = essaim.service(Activities.class).list(jeanne, null, null).stream()
                .filter(a -> a.name().equals("Couture Jeanne")).findFirst().orElseThrow();
        ActivityAccount first3 = essaim.service(ActivityAccounts.class).account(jeanne, couture.id(),
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30));
        assertEquals(Money.of(120_000, "EUR"), first3.turnoverExclVat());
        assertEquals(Money.of(12_000, "EUR"), first3.contribution().amount());
        assertEquals(Money.of(28_000, "EUR"), first3.expenses());
        assertEquals(Money.of(80_000, "EUR"), first3.availableForPay());
        assertEquals(Money.of(13_333, "EUR"), first3.budget().smooth(6, Money.of(1010, "EUR")).monthlyLoadedSalary());
        // 2 × 480 € received, 336 € paid; the third invoice (480 €) is unpaid
        assertEquals(Money.of(62_400, "EUR"), first3.treasury());
    }

    @Test
    void theDemoBooksVerify() {
        UserContext compta = essaim.demoUser("compta");
        assertTrue(essaim.service(Ledger.class).verifyChain(compta, compta.cooperativeId()).intact());
    }
}
