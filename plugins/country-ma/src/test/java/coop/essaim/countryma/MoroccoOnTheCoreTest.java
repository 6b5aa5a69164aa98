package coop.essaim.countryma;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.PayrollRules;
import coop.essaim.api.payroll.Payslip;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The plugin on the real core, for a cooperative in Morocco that keeps its accounts in dirhams. */
class MoroccoOnTheCoreTest {

    @RegisterExtension
    static EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/classes")).inCountry("MA", "MAD", "fr");

    @Test
    void theCooperativeIsInMoroccoAndThePayrollRulesAreContributed() {
        essaim.assertStarted("country-ma");
        Cooperative cooperative = essaim.cooperative();
        assertEquals("MA", cooperative.country());
        assertEquals("MAD", cooperative.currency());
        List<PayrollRules> rules = essaim.extensions(PayrollRules.class, "country-ma");
        assertEquals(1, rules.size());
        assertEquals("MA", rules.get(0).country());
        Payslip example = rules.get(0).compute(YearMonth.of(2025, 6), new EmployeeSituation(new BigDecimal("191"),
                false, 1, BigDecimal.ZERO, 0, null, Map.of()), Money.of(800_000, "MAD"));
        assertEquals(Money.of(727_365, "MAD"), example.netPaid());
    }
}
