package coop.essaim.countryma;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.PayrollRules;
import coop.essaim.api.payroll.Payslip;
import coop.essaim.api.cooperative.CooperativeIdentity;
import coop.essaim.api.people.Address;
import coop.essaim.api.sales.DocumentMention;
import coop.essaim.api.sales.SalesDocumentKind;
import coop.essaim.api.sales.SalesRules;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.web.internal.settings.SettingCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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

    @Test
    void theInvoiceMentionsReadThePatenteAndCnssNumbersFromTheCooperativesSettings() {
        UserContext admin = essaim.administrator();
        CooperativeSettings settings = essaim.service(CooperativeSettings.class);
        SalesRules rules = essaim.extensions(SalesRules.class, "country-ma").get(0);
        CooperativeIdentity identity = new CooperativeIdentity("001525689000043", "Casablanca 456789", null,
                new Address("12 rue Ibnou Mounir", "20250", "Casablanca", "MA"), null, null, null);
        long cooperative = admin.cooperativeId();
        assertEquals(List.of("country-ma.fiscal-id", "country-ma.patente"), rules.missingIdentity(cooperative, identity));
        settings.change(admin, "country-ma.fiscal-id", "40123456");
        settings.change(admin, "country-ma.patente", "35712345");
        settings.change(admin, "country-ma.cnss", "8765432");
        assertEquals(List.of(), rules.missingIdentity(cooperative, identity));
        List<DocumentMention> mentions = rules.mentions(SalesDocumentKind.INVOICE, cooperative, identity,
                Locale.FRENCH);
        assertEquals("ICE : 001525689000043 · IF : 40123456 · RC : Casablanca 456789 · Taxe professionnelle"
                + " (patente) : 35712345 · CNSS : 8765432", mentions.get(0).text());
    }

    @Test
    void theCooperativeSettingsPageOffersTheMoroccanIdentifiersInItsLanguage() {
        Map<String, String> french = SettingCatalogue.all(essaim.kernel(), Locale.FRENCH).stream()
                .filter(x -> x.module().equals("country-ma"))
                .collect(Collectors.toMap(SettingCatalogue.Setting::key, SettingCatalogue.Setting::label));
        assertEquals(Map.of("country-ma.fiscal-id", "Identifiant fiscal (IF)",
                "country-ma.patente", "Numéro de taxe professionnelle (ex-patente)",
                "country-ma.cnss", "Numéro d’affiliation à la CNSS"), french);
        String arabic = SettingCatalogue.all(essaim.kernel(), Locale.forLanguageTag("ar")).stream()
                .filter(x -> x.key().equals("country-ma.fiscal-id")).findFirst().orElseThrow().label();
        assertEquals("التعريف الضريبي", arabic);
    }
}
