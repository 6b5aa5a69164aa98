package coop.essaim.countrybe.internal;

import coop.essaim.api.cooperative.CooperativeIdentity;
import coop.essaim.api.sales.DocumentMention;
import coop.essaim.api.sales.SalesAccounts;
import coop.essaim.api.sales.SalesDocumentKind;
import coop.essaim.api.sales.SalesRules;
import coop.essaim.api.sales.VatCategory;
import coop.essaim.api.sales.VatRate;
import coop.essaim.countrybe.api.EnterpriseNumber;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static coop.essaim.countrybe.api.BelgianAccounts.*;

/**
 * Belgian sales: the VAT rates of the Code de la TVA and the arrêté royal n° 20 du 20 juillet 1970 fixant les taux
 * (21 % standard since 1 January 1996, 12 % and 6 % reduced, 0 % for the goods of its table), the exemptions and
 * reverse charge with the mention the arrêté royal n° 1 (art. 5) requires on the invoice ("Autoliquidation", the
 * article of the exemption), the mentions of the loi du 2 août 2002 concernant la lutte contre le retard de
 * paiement dans les transactions commerciales (interest, the 40 € fixed indemnity) and the identity the Code des
 * sociétés et des associations (art. 2:20) puts on every document: enterprise number and "RPM" with the court
 * of the registered office. Texts in French, in Dutch for a Dutch locale (the region's language decides which
 * one a Flemish or Brussels cooperative must use; it chooses its language).
 */
public final class BelgianSalesRules implements SalesRules {

    private static final LocalDate Y1996 = LocalDate.of(1996, 1, 1);

    private static final List<VatRate> RATES = List.of(
            standard("BE-21", "21"),
            standard("BE-12", "12"),
            standard("BE-6", "6"),
            exempt("BE-0", VatCategory.ZERO, "Taux de 0 % (arrêté royal n° 20 du 20 juillet 1970, article 1er)"),
            exempt("BE-EXEMPT-44", VatCategory.EXEMPT, "Exemption de TVA, article 44 du Code de la TVA"),
            exempt("BE-FRANCHISE", VatCategory.EXEMPT,
                    "Régime particulier de franchise des petites entreprises, article 56bis du Code de la TVA"),
            exempt("BE-REVERSE", VatCategory.REVERSE_CHARGE,
                    "Autoliquidation : la TVA est due par le cocontractant (article 51, § 2, du Code de la TVA)"),
            exempt("BE-EU", VatCategory.INTRA_COMMUNITY,
                    "Livraison intracommunautaire exemptée de TVA, article 39bis du Code de la TVA"),
            exempt("BE-EXPORT", VatCategory.EXPORT, "Exemption de TVA, article 39 du Code de la TVA (exportation)"));

    private static final SalesAccounts ACCOUNTS = new SalesAccounts(CUSTOMERS, SERVICES_SOLD, GOODS_SOLD, BANK,
            SUPPLIERS, PURCHASED_SERVICES, STAFF_PAY_DUE, INTERNAL_SALES, INTERNAL_PURCHASES);

    @Override
    public String country() {
        return "BE";
    }

    @Override
    public List<VatRate> vatRates() {
        return RATES;
    }

    @Override
    public SalesAccounts accounts() {
        return ACCOUNTS;
    }

    @Override
    public List<DocumentMention> mentions(SalesDocumentKind kind, CooperativeIdentity identity, Locale locale) {
        boolean dutch = locale != null && locale.getLanguage().equals("nl");
        List<DocumentMention> mentions = new ArrayList<>();
        String registration = registration(identity, dutch);
        if (registration != null) {
            mentions.add(new DocumentMention("REG", registration));
        }
        if (kind == SalesDocumentKind.QUOTE) {
            mentions.add(new DocumentMention(null, dutch
                    ? "Gratis offerte. Voor akkoord: datum, handtekening en de vermelding \"gelezen en goedgekeurd\"."
                    : "Devis gratuit. Pour accord : date, signature et la mention « lu et approuvé »."));
            return List.copyOf(mentions);
        }
        mentions.add(new DocumentMention("PMD", dutch
                ? "Bij laattijdige betaling is van rechtswege en zonder ingebrekestelling een nalatigheidsintrest"
                        + " verschuldigd tegen de rentevoet van de wet van 2 augustus 2002 betreffende de bestrijding"
                        + " van de betalingsachterstand bij handelstransacties."
                : "En cas de retard de paiement, un intérêt de retard au taux de la loi du 2 août 2002 concernant la"
                        + " lutte contre le retard de paiement dans les transactions commerciales est dû de plein"
                        + " droit et sans mise en demeure."));
        mentions.add(new DocumentMention("PMT", dutch
                ? "Forfaitaire schadevergoeding voor invorderingskosten: 40 € (artikel 6 van de wet van 2 augustus 2002)."
                : "Indemnité forfaitaire pour frais de recouvrement : 40 € (article 6 de la loi du 2 août 2002)."));
        mentions.add(new DocumentMention("AAB", dutch ? "Geen korting voor vroegtijdige betaling."
                : "Pas d'escompte pour paiement anticipé."));
        return List.copyOf(mentions);
    }

    /** "Numéro d'entreprise 0123.456.749 · RPM Bruxelles · TVA BE0123456749", as far as the identity holds. */
    private static String registration(CooperativeIdentity identity, boolean dutch) {
        if (!EnterpriseNumber.isValid(identity.registrationNumber())) {
            return null;
        }
        StringBuilder text = new StringBuilder(dutch ? "Ondernemingsnummer " : "Numéro d'entreprise ")
                .append(EnterpriseNumber.formatted(identity.registrationNumber()));
        if (!blank(identity.registrationOffice())) {
            text.append(dutch ? " · RPR " : " · RPM ").append(identity.registrationOffice().strip());
        }
        if (!blank(identity.vatNumber())) {
            text.append(dutch ? " · btw " : " · TVA ").append(identity.vatNumber().strip());
        }
        return text.toString();
    }

    /** Deposits wait in 460 ("acomptes reçus sur commandes") until the invoice of the work deducts them. */
    @Override
    public String customerDepositsAccount() {
        return CUSTOMER_DEPOSITS;
    }

    /** An enterprise number whose check digits do not hold is as good as none: it is reported missing. */
    @Override
    public List<String> missingIdentity(CooperativeIdentity identity) {
        List<String> missing = new ArrayList<>();
        if (!EnterpriseNumber.isValid(identity.registrationNumber())) {
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

    private static VatRate standard(String code, String percent) {
        return new VatRate(code, VatCategory.STANDARD, new BigDecimal(percent), Y1996, null, VAT_COLLECTED,
                VAT_DEDUCTIBLE, null);
    }

    private static VatRate exempt(String code, VatCategory category, String note) {
        return new VatRate(code, category, BigDecimal.ZERO, Y1996, null, VAT_COLLECTED, VAT_DEDUCTIBLE, note);
    }
}
