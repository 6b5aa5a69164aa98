package coop.essaim.invoicing.ui;

import coop.essaim.invoicing.api.Quote;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * An activity's quotes as a CSV file, written as the invoices' list is ({@link InvoicesCsv}): semicolons and a
 * BOM, machine amounts and ISO dates, cells a spreadsheet would run as formulas defused. The rows are read before
 * the response starts, so a refusal becomes an error page, not half a file.
 */
final class QuotesCsv extends ListCsv<QuotesCsv.Row> {

    private static final long serialVersionUID = 1L;

    /** One line: the quote with its customer's name and its status as the page shows it. */
    record Row(Quote quote, String customer, String status) implements Serializable {
    }

    interface Rows extends ListCsv.Rows<Row> {
    }

    QuotesCsv(Rows rows, Locale locale) {
        super(rows, locale, switch (language(locale)) {
            case "fr" -> "devis.csv";
            case "nl" -> "offertes.csv";
            default -> "quotes.csv";
        });
    }

    @Override
    protected List<String> header(String language) {
        return switch (language) {
            case "fr" -> List.of("numero", "date", "valable_jusqu_au", "client", "total_ht", "tva", "total_ttc",
                    "acompte_pct", "devise", "etat");
            case "nl" -> List.of("nummer", "datum", "geldig_tot", "klant", "totaal_excl_btw", "btw",
                    "totaal_incl_btw", "voorschot_pct", "munt", "status");
            default -> List.of("number", "date", "valid_until", "customer", "total_excl_vat", "vat",
                    "total_incl_vat", "deposit_pct", "currency", "status");
        };
    }

    @Override
    protected Object[] cells(Row r) {
        Quote q = r.quote();
        return new Object[] {InvoicesCsv.safe(q.number()), q.issueDate(), q.validUntil(),
                InvoicesCsv.safe(r.customer()), q.totalExclVat().toPlainString(), q.totalVat().toPlainString(),
                q.totalInclVat().toPlainString(), q.depositPercent().toPlainString(),
                q.totalInclVat().currency().getCurrencyCode(), r.status()};
    }
}
