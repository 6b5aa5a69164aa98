package coop.essaim.invoicing.internal.invoice;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeIdentity;
import coop.essaim.api.cooperative.CooperativeProfile;
import coop.essaim.api.module.DocumentLanguage;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityLogo;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.sales.SalesDocumentKind;
import coop.essaim.api.sales.SalesRules;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.api.Invoices;
import coop.essaim.invoicing.api.LineDraft;
import coop.essaim.invoicing.api.Quote;
import coop.essaim.invoicing.internal.InvoicingSettings;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.Reach;
import coop.essaim.invoicing.internal.SalesRulebook;
import coop.essaim.invoicing.internal.branding.ActivityBrands;
import coop.essaim.invoicing.internal.customer.CustomerRegistry;
import coop.essaim.invoicing.internal.document.InvoiceDocument;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An invoice as its document shows it: the activity's brand (its own logo, else the cooperative's, and its contact
 * address when it gave one), the cooperative as the legal seller (its identity and bank account), the buyer as copied at validation, the lines and the VAT per rate computed by
 * {@link InvoiceCalculation} exactly as when it was validated, the country's mentions, in the cooperative's
 * language. Read with the actor's rights: an invoice out of their reach is not found.
 */
public final class InvoiceDocuments {

    private final Invoices invoices;
    private final CustomerRegistry customers;
    private final SalesRulebook rulebook;
    private final CooperativeProfile profile;
    private final Activities activities;
    private final CooperativeSettings settings;
    private final DeductedDeposits deposits;
    private final ActivityBrands brands;

    public InvoiceDocuments(Invoices invoices, CustomerRegistry customers, SalesRulebook rulebook,
                            CooperativeProfile profile, Activities activities, CooperativeSettings settings,
                            ActivityBrands brands, ModuleStore store) {
        this.invoices = invoices;
        this.customers = customers;
        this.rulebook = rulebook;
        this.profile = profile;
        this.activities = activities;
        this.settings = settings;
        this.deposits = new DeductedDeposits(store);
        this.brands = brands;
    }

    public InvoiceDocument of(UserContext actor, long invoiceId) {
        Invoice invoice = invoices.find(actor, invoiceId).orElseThrow(() -> Reach.notFound(actor, "invoice"));
        Cooperative coop = rulebook.cooperative(actor);
        Locale locale = DocumentLanguage.of(Locale.forLanguageTag(coop.defaultLocale() == null ? "fr" : coop.defaultLocale()));
        CooperativeIdentity identity = profile.identity(actor);
        SalesRules rules = rulebook.rules(actor);
        InvoiceCalculation.Result computed = InvoiceCalculation.compute(linesOf(invoice),
                invoice.totalInclVat().currency(), invoice.vatRounding(),
                (code, field) -> rulebook.rate(actor, code, invoice.issueDate(), field), locale);
        if (!computed.totalIncl().equals(invoice.totalInclVat())) {
            throw new IllegalStateException("invoice " + invoice.id() + ": its lines no longer give its total");
        }
        Optional<Invoice> corrected = invoice.correctsInvoiceId() == null ? Optional.empty()
                : invoices.find(actor, invoice.correctsInvoiceId());
        return new InvoiceDocument(kind(invoice), invoice.number(), invoice.issueDate(), invoice.dueDate(), null,
                corrected.map(Invoice::number).orElse(null), corrected.map(Invoice::issueDate).orElse(null),
                seller(coop, identity), brand(actor, invoice.activityId(), coop, identity), buyer(actor, invoice),
                lines(computed), vatTotals(computed), invoice.totalExclVat(), invoice.totalVat(),
                invoice.totalInclVat(), zero(invoice), invoice.totalInclVat(),
                Messages.text(locale, "document.terms", invoice.paymentDays(), invoice.dueDate()),
                payTo(coop, identity), rules.mentions(invoice.kind() == InvoiceKind.CREDIT_NOTE
                ? SalesDocumentKind.CREDIT_NOTE : SalesDocumentKind.INVOICE, actor.cooperativeId(), identity, locale), locale,
                deposits.of(actor.cooperativeId(), invoice));
    }

    /**
     * A quote's document: the same brand, seller, buyer (as the customer is now) and computed lines, its validity
     * date, the country's quote mentions and {@code terms} (validity and deposit) instead of payment terms.
     */
    public InvoiceDocument quote(UserContext actor, Quote quote, String terms) {
        Cooperative cooperative = rulebook.cooperative(actor);
        Locale locale = DocumentLanguage.of(Locale.forLanguageTag(cooperative.defaultLocale() == null ? "fr"
                : cooperative.defaultLocale()));
        CooperativeIdentity identity = profile.identity(actor);
        InvoiceCalculation.Result computed = InvoiceCalculation.compute(quote.lines().stream().map(l -> new LineDraft(
                        l.description(), l.kind(), l.quantity(), l.unitCode(), l.unitPrice(), l.discountPercent(),
                        l.vatCode())).toList(), quote.totalInclVat().currency(), quote.vatRounding(),
                (code, field) -> rulebook.rate(actor, code, quote.issueDate(), field), locale);
        Customer c = customers.find(actor, quote.customerId()).orElseThrow(() -> Reach.notFound(actor, "customerId"));
        var d = c.details();
        return new InvoiceDocument(InvoiceDocument.Kind.QUOTE, quote.number(), quote.issueDate(), null,
                quote.validUntil(), null, null, seller(cooperative, identity), brand(actor, quote.activityId(), cooperative,
                identity), new InvoiceDocument.Buyer(d.name(), d.address(), d.vatNumber(), d.registrationNumber(),
                d.email(), quote.buyerReference()), lines(computed), vatTotals(computed), computed.totalExcl(),
                computed.totalVat(), computed.totalIncl(), coop.essaim.api.money.Money.zero(
                quote.totalInclVat().currency()), computed.totalIncl(), terms, null,
                rulebook.rules(actor).mentions(SalesDocumentKind.QUOTE, actor.cooperativeId(), identity, locale), locale);
    }

    /** The file name of the invoice's document: {@code facture-2026-00042.pdf}. */
    public static String fileName(Invoice invoice) {
        String kind = invoice.kind() == InvoiceKind.CREDIT_NOTE ? "avoir" : "facture";
        return kind + "-" + (invoice.number() == null ? "brouillon-" + invoice.id() : invoice.number()) + ".pdf";
    }

    private static InvoiceDocument.Kind kind(Invoice invoice) {
        return switch (invoice.kind()) {
            case INVOICE -> InvoiceDocument.Kind.INVOICE;
            case DEPOSIT_INVOICE -> InvoiceDocument.Kind.DEPOSIT_INVOICE;
            case CREDIT_NOTE -> InvoiceDocument.Kind.CREDIT_NOTE;
        };
    }

    private static InvoiceDocument.Seller seller(Cooperative coop, CooperativeIdentity id) {
        return new InvoiceDocument.Seller(coop.legalName(), coop.legalForm(), id.registrationNumber(),
                id.registrationOffice(), id.vatNumber(), id.address(), id.email(), id.phone(), id.website());
    }

    private InvoiceDocument.Brand brand(UserContext actor, long activityId, Cooperative coop, CooperativeIdentity id) {
        Optional<Activity> activity = activities.find(actor, activityId);
        String name = activity.map(a -> a.brand() == null || a.brand().isBlank() ? a.name() : a.brand())
                .orElse(coop.legalName());
        Optional<ActivityLogo> logo = brands.logo(actor, activityId);
        String own = activity.isEmpty() ? null : brands.contactEmail(actor, activityId);
        return new InvoiceDocument.Brand(name, activity.map(Activity::trade).orElse(null),
                logo.map(ActivityLogo::content).orElse(null), logo.map(ActivityLogo::mediaType).orElse(null),
                null, own != null ? own : id.email(), id.phone());
    }

    private InvoiceDocument.Buyer buyer(UserContext actor, Invoice invoice) {
        Customer c = customers.find(actor, invoice.customerId()).orElseThrow(() -> Reach.notFound(actor, "customerId"));
        var d = c.details();
        return new InvoiceDocument.Buyer(invoice.buyerName() != null ? invoice.buyerName() : d.name(), d.address(),
                d.vatNumber(), d.registrationNumber(), d.email(), invoice.buyerReference());
    }

    private InvoiceDocument.PaymentAccount payTo(Cooperative coop, CooperativeIdentity id) {
        String iban = settings.value(coop.id(), InvoicingSettings.IBAN).orElse("");
        return iban.isBlank() ? null : new InvoiceDocument.PaymentAccount(iban.replace(" ", ""),
                settings.value(coop.id(), InvoicingSettings.BIC).orElse(null), coop.legalName());
    }

    private static List<InvoiceDocument.Line> lines(InvoiceCalculation.Result computed) {
        return computed.lines().stream().map(l -> new InvoiceDocument.Line(l.position(), l.description(),
                l.quantity(), l.unitCode(), l.unitPrice(), l.discountPercent(), l.net(), l.vatCategory(),
                l.vatPercent())).toList();
    }

    private static List<InvoiceDocument.VatTotal> vatTotals(InvoiceCalculation.Result computed) {
        return computed.vat().stream().map(g -> new InvoiceDocument.VatTotal(g.rate().category(), g.rate().percent(),
                g.base(), g.tax(), g.rate().exemptionNote())).toList();
    }

    private static coop.essaim.api.money.Money zero(Invoice invoice) {
        return coop.essaim.api.money.Money.zero(invoice.totalInclVat().currency());
    }

    private static List<LineDraft> linesOf(Invoice invoice) {
        return invoice.lines().stream().map(l -> new LineDraft(l.description(), l.kind(), l.quantity(), l.unitCode(),
                l.unitPrice(), l.discountPercent(), l.vatCode())).toList();
    }
}
