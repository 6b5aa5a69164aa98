package coop.essaim.countryma.internal;

import coop.essaim.api.cooperative.CooperativeIdentity;
import coop.essaim.api.people.Address;
import coop.essaim.api.sales.DocumentMention;
import coop.essaim.api.sales.SalesDocumentKind;
import coop.essaim.api.sales.VatCategory;
import coop.essaim.api.sales.VatRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** VAT rates of CGI art. 98-99 and the seller identity of art. 145-III on a Moroccan invoice. */
class MoroccanSalesRulesTest {

    private static final long COOPERATIVE = 7;
    private static final CooperativeIdentity IDENTITY = new CooperativeIdentity("001525689000043", "Casablanca 456789",
            null, new Address("12 rue Ibnou Mounir", "20250", "Casablanca", "MA"), null, null, null);

    private final Map<String, String> values = Map.of(MoroccanSettings.FISCAL_ID, "40123456",
            MoroccanSettings.PATENTE, "35712345", MoroccanSettings.CNSS, "8765432");
    private final MoroccanSalesRules rules = new MoroccanSalesRules(
            (cooperative, key) -> cooperative == COOPERATIVE ? Optional.ofNullable(values.get(key)) : Optional.empty());

    @Test
    void theFourRatesOfTheCgiAndTwoExemptions() {
        LocalDate day = LocalDate.of(2025, 6, 2);
        List<String> charged = rules.vatRates().stream().filter(r -> r.category() == VatCategory.STANDARD)
                .filter(r -> r.validOn(day)).map(r -> r.percent().toPlainString()).toList();
        assertEquals(List.of("20", "14", "10", "7"), charged);
        for (VatRate rate : rules.vatRates()) {
            assertTrue(rate.code().startsWith("MA-"), rate.code());
            assertEquals("4455", rate.collectedAccount());
            assertEquals("3455", rate.deductibleAccount());
            assertEquals(rate.category().chargesVat(), rate.exemptionNote() == null, rate.code());
        }
        VatRate export = rules.vatRates().stream().filter(r -> r.code().equals("MA-EXPORT")).findFirst().orElseThrow();
        assertEquals(0, BigDecimal.ZERO.compareTo(export.percent()));
        assertTrue(export.exemptionNote().contains("92-I-1°"), export.exemptionNote());
    }

    @Test
    void anInvoiceShowsTheIceIfRcPatenteAndCnssNumbers() {
        List<DocumentMention> mentions = rules.mentions(SalesDocumentKind.INVOICE, COOPERATIVE, IDENTITY,
                Locale.FRENCH);
        assertEquals("REG", mentions.get(0).subjectCode());
        assertEquals("ICE : 001525689000043 · IF : 40123456 · RC : Casablanca 456789 · Taxe professionnelle"
                + " (patente) : 35712345 · CNSS : 8765432", mentions.get(0).text());
        assertEquals("PMD", mentions.get(1).subjectCode());
        assertTrue(mentions.get(1).text().contains("loi n° 69-21"), mentions.get(1).text());
    }

    @Test
    void theMentionsAreInArabicOrEnglishWhenTheCooperativeSpeaksThem() {
        String arabic = rules.mentions(SalesDocumentKind.INVOICE, COOPERATIVE, IDENTITY, Locale.forLanguageTag("ar"))
                .get(0).text();
        assertTrue(arabic.startsWith("التعريف الموحد للمقاولة: 001525689000043"), arabic);
        String english = rules.mentions(SalesDocumentKind.CREDIT_NOTE, COOPERATIVE, IDENTITY, Locale.ENGLISH)
                .get(0).text();
        assertTrue(english.startsWith("ICE: 001525689000043 · IF: 40123456"), english);
    }

    @Test
    void aQuoteCarriesTheIdentityAndNoPenaltyMention() {
        List<DocumentMention> mentions = rules.mentions(SalesDocumentKind.QUOTE, COOPERATIVE, IDENTITY, Locale.FRENCH);
        assertEquals(2, mentions.size());
        assertNull(mentions.get(1).subjectCode());
        assertTrue(mentions.get(1).text().startsWith("Devis gratuit"));
    }

    @Test
    void anInvoiceNeedsTheIceTheRcTheIfThePatenteAndAnAddress() {
        assertEquals(List.of(), rules.missingIdentity(COOPERATIVE, IDENTITY));
        assertEquals(List.of("registrationNumber", "registrationOffice", "address", "country-ma.fiscal-id",
                "country-ma.patente"), rules.missingIdentity(COOPERATIVE + 1, CooperativeIdentity.EMPTY));
        assertEquals(List.of("country-ma.fiscal-id", "country-ma.patente"),
                rules.missingIdentity(COOPERATIVE + 1, IDENTITY), "the CNSS number is not required (art. 145-III)");
    }

    @Test
    void salesPostToTheCgncAccounts() {
        assertEquals("3421", rules.accounts().customers());
        assertEquals("7121", rules.accounts().servicesSold());
        assertEquals("7111", rules.accounts().goodsSold());
        assertEquals("5141", rules.accounts().bank());
        assertEquals("4411", rules.accounts().suppliers());
        assertEquals("4421", rules.customerDepositsAccount());
    }
}
