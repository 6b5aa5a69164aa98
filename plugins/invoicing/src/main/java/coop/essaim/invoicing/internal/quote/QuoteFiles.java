package coop.essaim.invoicing.internal.quote;

import coop.essaim.api.module.DocumentLanguage;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.Quote;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.SalesRulebook;
import coop.essaim.invoicing.internal.document.DocumentPdf;
import coop.essaim.invoicing.internal.invoice.InvoiceDocuments;

import java.util.Locale;

/**
 * A quote's file: the plain PDF/A-3 (a quote is not an invoice, it gets no Factur-X), its terms stating the
 * validity date and the deposit asked at acceptance, in the cooperative's language.
 */
public final class QuoteFiles {

    private final InvoiceDocuments documents;
    private final SalesRulebook rulebook;

    public QuoteFiles(InvoiceDocuments documents, SalesRulebook rulebook) {
        this.documents = documents;
        this.rulebook = rulebook;
    }

    /** The quote's PDF, rendered for the actor, who must reach the quote (the caller read it with their rights). */
    public byte[] pdf(UserContext actor, Quote quote) {
        String tag = rulebook.cooperative(actor).defaultLocale();
        Locale locale = DocumentLanguage.of(Locale.forLanguageTag(tag == null ? "fr" : tag));
        String terms = Messages.text(locale, "document.quoteTerms", quote.validUntil());
        if (quote.depositPercent().signum() > 0) {
            terms += " " + Messages.text(locale, "document.quoteDeposit", quote.depositPercent(),
                    quote.deposit().format(locale));
        }
        return new DocumentPdf().render(documents.quote(actor, quote, terms));
    }

    /** {@code devis-D2026-00001.pdf}, or {@code devis-brouillon-<id>.pdf} before it is sent. */
    public static String fileName(Quote quote) {
        return "devis-" + (quote.number() == null ? "brouillon-" + quote.id() : quote.number()) + ".pdf";
    }
}
