package coop.essaim.invoicing.internal.document;

import coop.essaim.api.money.Money;
import coop.essaim.api.people.Address;
import coop.essaim.api.sales.DocumentMention;
import coop.essaim.api.sales.VatCategory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Documents as the invoicing service hands them over: the amounts are worked out here the way the service does
 * (net per line rounded to the cent, VAT per category and rate on its base), so each sample is consistent.
 */
final class Samples {

    static final String CURRENCY = "EUR";
    static final InvoiceDocument.Seller SELLER = new InvoiceDocument.Seller("Essaim Coopérative", "SCOP SARL",
            "81234567800015", "Lyon", "FR40812345678",
            new Address("12 rue de la Ruche", "69001", "Lyon", "FR"), "compta@essaim.example", "+33 4 00 00 00 00",
            "https://essaim.example");
    static final InvoiceDocument.Brand BRAND = new InvoiceDocument.Brand("Atelier Lumière", "Photographe", null, null,
            "Jeanne Dupré", "jeanne@atelier-lumiere.example", "+33 6 00 00 00 00");
    static final InvoiceDocument.Buyer BUYER = new InvoiceDocument.Buyer("Boulangerie Éclair SARL",
            new Address("3 place du Marché\nBâtiment B", "38000", "Grenoble", "FR"), "FR12345678901", "123456789",
            "achats@eclair.example", "BC-2026-77");
    static final InvoiceDocument.PaymentAccount ACCOUNT = new InvoiceDocument.PaymentAccount(
            "FR7630006000011234567890189", "AGRIFRPPXXX", "Essaim Coopérative");
    static final List<DocumentMention> MENTIONS = List.of(
            new DocumentMention("PMT", "Indemnité forfaitaire pour frais de recouvrement en cas de retard : 40 €."),
            new DocumentMention("PMD", "Pénalités de retard : trois fois le taux d’intérêt légal."),
            new DocumentMention("AAB", "Pas d’escompte pour paiement anticipé."),
            new DocumentMention(null, "Membre d’une coopérative d’activité et d’emploi."));
    static final String EXEMPTION = "Exonération de TVA, article 261-4-4° a du CGI (formation professionnelle)";

    private final List<InvoiceDocument.Line> lines = new ArrayList<>();
    private final Map<String, InvoiceDocument.VatTotal> vat = new LinkedHashMap<>();
    private final List<InvoiceDocument.InvoiceReference> deducted = new ArrayList<>();

    static Samples lines() {
        return new Samples();
    }

    /** A line at {@code price} (a decimal text) less {@code discount} percent, net rounded half up to the cent. */
    Samples line(String description, String quantity, String unit, String price, String discount,
                 VatCategory category, String percent) {
        Money unitPrice = Money.parse(price, java.util.Currency.getInstance(CURRENCY));
        BigDecimal qty = new BigDecimal(quantity);
        BigDecimal factor = BigDecimal.ONE.subtract(new BigDecimal(discount).movePointLeft(2));
        Money net = Money.of(qty.multiply(unitPrice.toDecimal()).multiply(factor).setScale(2, RoundingMode.HALF_UP)
                .movePointRight(2).longValueExact(), CURRENCY);
        BigDecimal rate = new BigDecimal(percent);
        lines.add(new InvoiceDocument.Line(lines.size() + 1, description, qty, unit, unitPrice, new BigDecimal(discount),
                net, category, rate));
        String key = category + "/" + rate.stripTrailingZeros().toPlainString();
        InvoiceDocument.VatTotal before = vat.get(key);
        Money base = before == null ? net : before.base().plus(net);
        Money tax = base.times(rate.movePointLeft(2), RoundingMode.HALF_UP);
        vat.put(key, new InvoiceDocument.VatTotal(category, rate, base, tax,
                category == VatCategory.EXEMPT ? EXEMPTION : null));
        return this;
    }

    /** The deposit invoice {@code number} of {@code issued}, taken back by a negative line of this document. */
    Samples deducting(String number, LocalDate issued) {
        deducted.add(new InvoiceDocument.InvoiceReference(number, issued));
        return this;
    }

    InvoiceDocument document(InvoiceDocument.Kind kind, String number, Money prepaid, String preceding) {
        Money exclVat = Money.zero(java.util.Currency.getInstance(CURRENCY));
        Money tax = exclVat;
        for (InvoiceDocument.VatTotal total : vat.values()) {
            exclVat = exclVat.plus(total.base());
            tax = tax.plus(total.tax());
        }
        Money inclVat = exclVat.plus(tax);
        Money paid = prepaid == null ? Money.zero(inclVat.currency()) : prepaid;
        LocalDate issued = LocalDate.of(2026, 3, 2);
        return new InvoiceDocument(kind, number, issued, kind == InvoiceDocument.Kind.QUOTE ? null : issued.plusDays(30),
                kind == InvoiceDocument.Kind.QUOTE ? issued.plusDays(60) : null, preceding,
                preceding == null ? null : issued.minusDays(14), SELLER, BRAND, BUYER,
                lines, List.copyOf(vat.values()), exclVat, tax, inclVat, paid, inclVat.minus(paid),
                "Paiement à 30 jours par virement.", ACCOUNT, MENTIONS, Locale.FRANCE, deducted);
    }

    /** Two VAT rates, discounts whose net falls between cents, an hourly and a daily line. */
    static Samples mixedRates() {
        return lines()
                .line("Reportage photo de l’inauguration, retouche et livraison des fichiers haute définition", "1.5",
                        "HUR", "33.33", "7.5", VatCategory.STANDARD, "20")
                .line("Tirages d’exposition 40×60", "3", "C62", "19.99", "0", VatCategory.STANDARD, "20")
                .line("Livre de recettes illustré", "7", "C62", "12.47", "3", VatCategory.STANDARD, "5.5")
                .line("Journée de prise de vue en studio", "0.5", "DAY", "455.55", "0", VatCategory.STANDARD, "20");
    }

    static InvoiceDocument invoice() {
        return mixedRates().document(InvoiceDocument.Kind.INVOICE, "F-2026-0042", null, null);
    }
}
