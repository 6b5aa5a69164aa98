package coop.essaim.countrybe.internal;

import coop.essaim.api.cooperative.CooperativeIdentity;
import coop.essaim.api.people.Address;
import coop.essaim.api.sales.DocumentMention;
import coop.essaim.api.sales.SalesDocumentKind;
import coop.essaim.api.sales.VatCategory;
import coop.essaim.api.sales.VatRate;
import coop.essaim.countrybe.api.EnterpriseNumber;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Belgian VAT rates (AR n° 20), exemption notes (AR n° 1, art. 5), invoice mentions (loi du 2 août 2002, CSA). */
class BelgianSalesRulesTest {

    private final BelgianSalesRules rules = new BelgianSalesRules();
    private final CooperativeIdentity identity = new CooperativeIdentity("0123.456.749", "Bruxelles",
            "BE0123456749", new Address("Rue Haute 1", "1000", "Bruxelles", "BE"), null, null, null);

    private Map<String, VatRate> rates() {
        return rules.vatRates().stream().collect(Collectors.toMap(VatRate::code, Function.identity()));
    }

    @Test
    void theFourRatesOfBelgium() {
        Map<String, VatRate> rates = rates();
        LocalDate day = LocalDate.of(2025, 6, 1);
        assertEquals(new BigDecimal("21"), rates.get("BE-21").percent());
        assertEquals(new BigDecimal("12"), rates.get("BE-12").percent());
        assertEquals(new BigDecimal("6"), rates.get("BE-6").percent());
        assertEquals(BigDecimal.ZERO, rates.get("BE-0").percent());
        assertEquals(VatCategory.ZERO, rates.get("BE-0").category());
        assertTrue(rates.values().stream().allMatch(r -> r.validOn(day)));
        assertTrue(rates.values().stream().filter(r -> r.category().chargesVat()).allMatch(r -> r.exemptionNote() == null));
        assertTrue(rates.values().stream().filter(r -> !r.category().chargesVat())
                .allMatch(r -> r.exemptionNote() != null && !r.exemptionNote().isBlank()));
        assertEquals("451000", rates.get("BE-21").collectedAccount());
        assertEquals("411000", rates.get("BE-21").deductibleAccount());
    }

    @Test
    void reverseChargeSaysAutoliquidation() {
        VatRate reverse = rates().get("BE-REVERSE");
        assertEquals(VatCategory.REVERSE_CHARGE, reverse.category());
        assertTrue(reverse.exemptionNote().startsWith("Autoliquidation"), reverse.exemptionNote());
        assertTrue(rates().get("BE-EU").exemptionNote().contains("article 39bis du Code de la TVA"));
    }

    @Test
    void anInvoiceCarriesTheEnterpriseNumberAndThePaymentMentions() {
        List<DocumentMention> mentions = rules.mentions(SalesDocumentKind.INVOICE, identity, Locale.FRENCH);
        Map<String, String> bySubject = mentions.stream().filter(m -> m.subjectCode() != null)
                .collect(Collectors.toMap(DocumentMention::subjectCode, DocumentMention::text));
        assertEquals("Numéro d'entreprise 0123.456.749 · RPM Bruxelles · TVA BE0123456749", bySubject.get("REG"));
        assertTrue(bySubject.get("PMD").contains("loi du 2 août 2002"));
        assertTrue(bySubject.get("PMT").contains("40 €"));
        assertEquals("Pas d'escompte pour paiement anticipé.", bySubject.get("AAB"));
    }

    @Test
    void inDutchForADutchLocale() {
        List<DocumentMention> mentions = rules.mentions(SalesDocumentKind.INVOICE, identity, new Locale("nl", "BE"));
        assertEquals("Ondernemingsnummer 0123.456.749 · RPR Bruxelles · btw BE0123456749", mentions.get(0).text());
        assertTrue(mentions.stream().anyMatch(m -> "PMT".equals(m.subjectCode()) && m.text().contains("invorderingskosten")));
    }

    @Test
    void aQuoteHasNoPaymentMentions() {
        List<DocumentMention> mentions = rules.mentions(SalesDocumentKind.QUOTE, identity, Locale.FRENCH);
        assertTrue(mentions.stream().noneMatch(m -> "PMT".equals(m.subjectCode()) || "PMD".equals(m.subjectCode())));
        assertTrue(mentions.stream().anyMatch(m -> m.subjectCode() == null && m.text().contains("lu et approuvé")));
    }

    @Test
    void theIdentityNeedsAValidEnterpriseNumberAVatNumberAndAnAddress() {
        assertEquals(List.of(), rules.missingIdentity(identity));
        assertEquals(List.of("registrationNumber", "vatNumber", "address"), rules.missingIdentity(CooperativeIdentity.EMPTY));
        CooperativeIdentity badCheck = new CooperativeIdentity("0123.456.748", null, "BE0123456748", identity.address(),
                null, null, null);
        assertEquals(List.of("registrationNumber"), rules.missingIdentity(badCheck));
        assertTrue(rules.mentions(SalesDocumentKind.INVOICE, badCheck, Locale.FRENCH).stream()
                .noneMatch(m -> "REG".equals(m.subjectCode())));
        assertEquals("460000", rules.customerDepositsAccount());
    }

    @Test
    void enterpriseNumbers() {
        assertTrue(EnterpriseNumber.isValid("0123456749"));
        assertTrue(EnterpriseNumber.isValid("BE 0123.456.749"));
        assertFalse(EnterpriseNumber.isValid("0123456748"));     // 97 − (01234567 mod 97) = 49
        assertFalse(EnterpriseNumber.isValid("2123456749"));     // starts with 0 or 1
        assertFalse(EnterpriseNumber.isValid("123456749"));
        assertNull(EnterpriseNumber.digits(null));
        assertEquals("0123.456.749", EnterpriseNumber.formatted("BE0123456749"));
    }
}
