package coop.essaim.countryma.internal;

import coop.essaim.api.cooperative.CooperativeIdentity;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.sales.DocumentMention;
import coop.essaim.api.sales.SalesAccounts;
import coop.essaim.api.sales.SalesDocumentKind;
import coop.essaim.api.sales.SalesRules;
import coop.essaim.api.sales.VatCategory;
import coop.essaim.api.sales.VatRate;
import coop.essaim.api.settings.CooperativeSettings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

import static coop.essaim.countryma.api.MoroccanAccounts.BANK;
import static coop.essaim.countryma.api.MoroccanAccounts.CUSTOMERS;
import static coop.essaim.countryma.api.MoroccanAccounts.CUSTOMER_DEPOSITS;
import static coop.essaim.countryma.api.MoroccanAccounts.GOODS_SOLD;
import static coop.essaim.countryma.api.MoroccanAccounts.INTERNAL_PURCHASES;
import static coop.essaim.countryma.api.MoroccanAccounts.INTERNAL_SALES;
import static coop.essaim.countryma.api.MoroccanAccounts.PURCHASED_SERVICES;
import static coop.essaim.countryma.api.MoroccanAccounts.SALES_OF_SERVICES;
import static coop.essaim.countryma.api.MoroccanAccounts.STAFF_PAY_DUE;
import static coop.essaim.countryma.api.MoroccanAccounts.SUPPLIERS;
import static coop.essaim.countryma.api.MoroccanAccounts.VAT_COLLECTED;
import static coop.essaim.countryma.api.MoroccanAccounts.VAT_RECOVERABLE;

/**
 * Moroccan sales: the VAT rates of the Code général des impôts (art. 98: 20 %; art. 99: the reduced rates of 14,
 * 10 and 7 %, all four in force since the loi de finances 2007), the exemption of art. 91 and the export
 * exemption of art. 92-I-1°, and what art. 145-III CGI requires an invoice to show of its seller: the identifiant
 * fiscal (IF), the taxe professionnelle number (patente), the identifiant commun de l'entreprise (ICE, décret
 * n° 2-11-63 and art. 145 as amended by the loi de finances 2016) and the trade register (RC), plus the CNSS
 * affiliation number when the cooperative gives it. The late-payment mention refers to the payment terms of
 * the Code de commerce (loi n° 15-95, art. 78-1 ff., as amended by the loi n° 69-21). Invoices may be in French
 * or Arabic: the mentions follow the cooperative's language (English for an English interface), from the
 * plugin's bundle.
 */
public final class MoroccanSalesRules implements SalesRules {

    private static final LocalDate Y2007 = LocalDate.of(2007, 1, 1);

    private static final List<VatRate> RATES = List.of(
            standard("MA-20", "20"),
            standard("MA-14", "14"),
            standard("MA-10", "10"),
            standard("MA-7", "7"),
            exempt("MA-EXEMPT", VatCategory.EXEMPT,
                    "Exonération de la TVA, article 91 du Code général des impôts"),
            exempt("MA-EXPORT", VatCategory.EXPORT,
                    "Exonération de la TVA avec droit à déduction, article 92-I-1° du Code général des impôts (exportation)"));

    private static final SalesAccounts ACCOUNTS = new SalesAccounts(CUSTOMERS, SALES_OF_SERVICES, GOODS_SOLD, BANK,
            SUPPLIERS, PURCHASED_SERVICES, STAFF_PAY_DUE, INTERNAL_SALES, INTERNAL_PURCHASES);

    /** The cooperative's own value of a setting of {@link MoroccanSettings}, by cooperative id and key. */
    private final BiFunction<Long, String, Optional<String>> settings;

    /** What the core calls: the cooperative's settings are read when a document is drawn, never kept. */
    public MoroccanSalesRules(ModuleContext context) {
        this((cooperative, key) -> context.service(CooperativeSettings.class).value(cooperative, key));
    }

    MoroccanSalesRules(BiFunction<Long, String, Optional<String>> settings) {
        this.settings = settings;
    }

    @Override
    public String country() {
        return "MA";
    }

    @Override
    public List<VatRate> vatRates() {
        return RATES;
    }

    @Override
    public SalesAccounts accounts() {
        return ACCOUNTS;
    }

    /** Without the cooperative, only the identity's parts: the ICE and the trade register. */
    @Override
    public List<DocumentMention> mentions(SalesDocumentKind kind, CooperativeIdentity identity, Locale locale) {
        return mentions(kind, null, identity, locale);
    }

    @Override
    public List<DocumentMention> mentions(SalesDocumentKind kind, long cooperativeId, CooperativeIdentity identity,
                                          Locale locale) {
        return mentions(kind, Long.valueOf(cooperativeId), identity, locale);
    }

    private List<DocumentMention> mentions(SalesDocumentKind kind, Long cooperativeId, CooperativeIdentity identity,
                                           Locale locale) {
        List<DocumentMention> mentions = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        add(parts, locale, "mention.ice", identity.registrationNumber());
        add(parts, locale, "mention.if", setting(cooperativeId, MoroccanSettings.FISCAL_ID));
        add(parts, locale, "mention.rc", identity.registrationOffice());
        add(parts, locale, "mention.patente", setting(cooperativeId, MoroccanSettings.PATENTE));
        add(parts, locale, "mention.cnss", setting(cooperativeId, MoroccanSettings.CNSS));
        if (!parts.isEmpty()) {
            mentions.add(new DocumentMention("REG", String.join(" · ", parts)));
        }
        if (kind == SalesDocumentKind.QUOTE) {
            mentions.add(new DocumentMention(null, MoroccanMessages.text(locale, "mention.quote")));
        } else {
            mentions.add(new DocumentMention("PMD", MoroccanMessages.text(locale, "mention.latePayment")));
        }
        return List.copyOf(mentions);
    }

    /** Deposits received wait in 4421 until the invoice of the work deducts them, not in revenue. */
    @Override
    public String customerDepositsAccount() {
        return CUSTOMER_DEPOSITS;
    }

    /** Without the cooperative, only the identity's parts can be checked. */
    @Override
    public List<String> missingIdentity(CooperativeIdentity identity) {
        List<String> missing = new ArrayList<>();
        if (blank(identity.registrationNumber())) {
            missing.add("registrationNumber");
        }
        if (blank(identity.registrationOffice())) {
            missing.add("registrationOffice");
        }
        if (blank(identity.address().street()) || blank(identity.address().city())) {
            missing.add("address");
        }
        return List.copyOf(missing);
    }

    /** Art. 145-III CGI: the ICE, the IF, the trade register and the taxe professionnelle number, and an address. */
    @Override
    public List<String> missingIdentity(long cooperativeId, CooperativeIdentity identity) {
        List<String> missing = new ArrayList<>(missingIdentity(identity));
        for (String key : List.of(MoroccanSettings.FISCAL_ID, MoroccanSettings.PATENTE)) {
            if (blank(setting(cooperativeId, key))) {
                missing.add(key);
            }
        }
        return List.copyOf(missing);
    }

    private String setting(Long cooperativeId, String key) {
        return cooperativeId == null ? null : settings.apply(cooperativeId, key).orElse(null);
    }

    private static void add(List<String> parts, Locale locale, String labelKey, String value) {
        if (!blank(value)) {
            parts.add(MoroccanMessages.text(locale, labelKey, value.strip()));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static VatRate standard(String code, String percent) {
        return new VatRate(code, VatCategory.STANDARD, new BigDecimal(percent), Y2007, null, VAT_COLLECTED,
                VAT_RECOVERABLE, null);
    }

    private static VatRate exempt(String code, VatCategory category, String note) {
        return new VatRate(code, category, BigDecimal.ZERO, Y2007, null, VAT_COLLECTED, VAT_RECOVERABLE, note);
    }
}
