package coop.essaim.countryfr.internal;

import coop.essaim.api.cooperative.CooperativeIdentity;
import coop.essaim.api.sales.DocumentMention;
import coop.essaim.api.sales.SalesAccounts;
import coop.essaim.api.sales.SalesDocumentKind;
import coop.essaim.api.sales.SalesRules;
import coop.essaim.api.sales.VatCategory;
import coop.essaim.api.sales.VatRate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static coop.essaim.countryfr.api.FrenchAccounts.BANK;
import static coop.essaim.countryfr.api.FrenchAccounts.CUSTOMERS;
import static coop.essaim.countryfr.api.FrenchAccounts.CUSTOMER_DEPOSITS;
import static coop.essaim.countryfr.api.FrenchAccounts.GOODS_SOLD;
import static coop.essaim.countryfr.api.FrenchAccounts.INTERNAL_PURCHASES;
import static coop.essaim.countryfr.api.FrenchAccounts.INTERNAL_SALES;
import static coop.essaim.countryfr.api.FrenchAccounts.PURCHASED_SERVICES;
import static coop.essaim.countryfr.api.FrenchAccounts.SERVICES_SOLD;
import static coop.essaim.countryfr.api.FrenchAccounts.STAFF_PAY_DUE;
import static coop.essaim.countryfr.api.FrenchAccounts.SUPPLIERS;
import static coop.essaim.countryfr.api.FrenchAccounts.VAT_COLLECTED;
import static coop.essaim.countryfr.api.FrenchAccounts.VAT_DEDUCTIBLE;

/**
 * French sales: the VAT rates of the Code général des impôts (art. 278 to 281 nonies; 20 %, 10 % and 5.5 % since
 * 1 January 2014, 2.1 %), the exemptions a CAE's members use with the text the law requires on the invoice, and
 * the mentions of art. L441-9 and D441-5 of the Code de commerce (late-payment penalties, the 40 € fixed recovery
 * indemnity, no discount for early payment) and art. 242 nonies A of annex II of the CGI (seller identity).
 */
public final class FrenchSalesRules implements SalesRules {

    private static final LocalDate Y2014 = LocalDate.of(2014, 1, 1);

    private static final List<VatRate> RATES = List.of(
            standard("FR-20", "20", Y2014),
            standard("FR-10", "10", Y2014),
            standard("FR-5.5", "5.5", Y2014),
            standard("FR-2.1", "2.1", LocalDate.of(1989, 1, 1)),
            exempt("FR-EXEMPT-TRAINING", VatCategory.EXEMPT,
                    "Exonération de TVA, article 261-4-4° a du Code général des impôts (formation professionnelle)"),
            exempt("FR-EXEMPT-293B", VatCategory.EXEMPT, "TVA non applicable, article 293 B du Code général des impôts"),
            exempt("FR-REVERSE", VatCategory.REVERSE_CHARGE, "Autoliquidation, article 283-2 du Code général des impôts"),
            exempt("FR-EU", VatCategory.INTRA_COMMUNITY,
                    "Exonération de TVA, article 262 ter I du Code général des impôts"),
            exempt("FR-EXPORT", VatCategory.EXPORT, "Exonération de TVA, article 262 I du Code général des impôts"));

    private static final SalesAccounts ACCOUNTS = new SalesAccounts(CUSTOMERS, SERVICES_SOLD, GOODS_SOLD, BANK,
            SUPPLIERS, PURCHASED_SERVICES, STAFF_PAY_DUE, INTERNAL_SALES, INTERNAL_PURCHASES);

    @Override
    public String country() {
        return "FR";
    }

    @Override
    public List<VatRate> vatRates() {
        return RATES;
    }

    @Override
    public SalesAccounts accounts() {
        return ACCOUNTS;
    }

    /** French law requires French on invoices issued in France, whatever the reader's language. */
    @Override
    public List<DocumentMention> mentions(SalesDocumentKind kind, CooperativeIdentity identity, Locale locale) {
        List<DocumentMention> mentions = new ArrayList<>();
        if (kind != SalesDocumentKind.QUOTE) {
            mentions.add(new DocumentMention("PMD", "En cas de retard de paiement, des pénalités sont exigibles au"
                    + " taux de trois fois le taux d’intérêt légal (article L441-10 du Code de commerce)."));
            mentions.add(new DocumentMention("PMT", "Indemnité forfaitaire pour frais de recouvrement en cas de"
                    + " retard de paiement : 40 € (article D441-5 du Code de commerce)."));
            mentions.add(new DocumentMention("AAB", "Pas d’escompte pour paiement anticipé."));
        } else {
            mentions.add(new DocumentMention(null, "Devis gratuit. Bon pour accord : date, signature et mention"
                    + " « bon pour accord »."));
        }
        return List.copyOf(mentions);
    }

    /** Deposits received wait in 4191 until the invoice of the work deducts them, not in revenue. */
    @Override
    public String customerDepositsAccount() {
        return CUSTOMER_DEPOSITS;
    }

    @Override
    public List<String> missingIdentity(CooperativeIdentity identity) {
        List<String> missing = new ArrayList<>();
        if (blank(identity.registrationNumber())) {
            missing.add("registrationNumber");
        }
        if (blank(identity.vatNumber())) {
            missing.add("vatNumber");
        }
        if (blank(identity.address().street()) || blank(identity.address().city())) {
            missing.add("address");
        }
        return List.copyOf(missing);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static VatRate standard(String code, String percent, LocalDate from) {
        return new VatRate(code, VatCategory.STANDARD, new BigDecimal(percent), from, null, VAT_COLLECTED,
                VAT_DEDUCTIBLE, null);
    }

    private static VatRate exempt(String code, VatCategory category, String note) {
        return new VatRate(code, category, BigDecimal.ZERO, LocalDate.of(1989, 1, 1), null, VAT_COLLECTED,
                VAT_DEDUCTIBLE, note);
    }
}
