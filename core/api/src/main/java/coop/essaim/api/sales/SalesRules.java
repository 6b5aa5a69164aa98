package coop.essaim.api.sales;

import coop.essaim.api.cooperative.CooperativeIdentity;

import java.util.List;
import java.util.Locale;

/**
 * Extension point: what one country's law says about selling, contributed by that country's plugin: its VAT
 * rates, the mentions a sales document must carry and the parts of the seller's identity it must show. The
 * invoicing plugin reads the rules whose {@link #country()} is the cooperative's (through
 * {@code ModuleCatalog.implementations}); a cooperative whose country has no rules cannot validate invoices.
 *
 * <p><b>What the plugin must do.</b> Return the same immutable lists every time, dated rates rather than
 * today's (an invoice of last year keeps last year's rate), and mentions in {@code locale} when the law allows
 * another language than the country's. Never block: called from page requests, on any thread.
 */
public interface SalesRules {

    /** ISO 3166 alpha-2 code of the country, upper case ({@code FR}). */
    String country();

    /** Every rate the country has had, current and past; codes are unique. */
    List<VatRate> vatRates();

    /** The accounts of the country's chart that sales and their payments post to. */
    SalesAccounts accounts();

    /** The mentions a document of {@code kind} issued by a seller of {@code identity} carries. */
    List<DocumentMention> mentions(SalesDocumentKind kind, CooperativeIdentity identity, Locale locale);

    /**
     * The parts of the identity that are missing for the seller to issue an invoice, by the record component's
     * name ({@code registrationNumber}, {@code vatNumber}, {@code address}); empty when it may invoice.
     */
    List<String> missingIdentity(CooperativeIdentity identity);

    /**
     * The mentions a document of {@code kind} issued by the cooperative {@code cooperativeId} carries: what the
     * invoicing plugin calls. Rules whose mentions need more than the {@link CooperativeIdentity} (the Moroccan
     * patente and CNSS numbers, kept as the country plugin's own cooperative settings) override this one; the
     * default is {@link #mentions(SalesDocumentKind, CooperativeIdentity, Locale)}.
     */
    default List<DocumentMention> mentions(SalesDocumentKind kind, long cooperativeId, CooperativeIdentity identity,
                                           Locale locale) {
        return mentions(kind, identity, locale);
    }

    /**
     * What is missing for the cooperative {@code cooperativeId} to issue an invoice: what the invoicing plugin
     * calls. Names are the identity's record components or the keys of the country plugin's own settings
     * ({@code country-ma.patente}); the default is {@link #missingIdentity(CooperativeIdentity)}.
     */
    default List<String> missingIdentity(long cooperativeId, CooperativeIdentity identity) {
        return missingIdentity(identity);
    }

    /**
     * The account deposits invoiced before the work are credited to (their amount excl. VAT), until the invoice
     * that deducts them turns them into revenue (French PCG 4191, "clients, avances et acomptes reçus"). A country
     * without such an account keeps the customers' account, which its rules then use for both.
     */
    default String customerDepositsAccount() {
        return accounts().customers();
    }
}
