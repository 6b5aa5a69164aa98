package coop.essaim.invoicing.ui;

import coop.essaim.invoicing.api.Quote;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.ContentDisposition;
import org.apache.wicket.util.lang.Args;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * An activity's quotes as a CSV file, written as the invoices' list is ({@link InvoicesCsv}): semicolons and a
 * BOM, machine amounts and ISO dates, cells a spreadsheet would run as formulas defused. The rows are read before
 * the response starts, so a refusal becomes an error page, not half a file.
 */
final class QuotesCsv extends AbstractResource {

    private static final long serialVersionUID = 1L;

    /** One line: the quote with its customer's name and its status as the page shows it. */
    record Row(Quote quote, String customer, String status) implements Serializable {
    }

    interface Rows extends Supplier<List<Row>>, Serializable {
    }

    private final Rows rows;
    private final Locale locale;

    QuotesCsv(Rows rows, Locale locale) {
        this.rows = Args.notNull(rows, "rows");
        this.locale = locale;
    }

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        List<Row> read = rows.get();
        ResourceResponse response = new ResourceResponse();
        response.setContentType("text/csv; charset=UTF-8");
        response.setFileName("fr".equals(locale.getLanguage()) ? "devis.csv" : "quotes.csv");
        response.setContentDisposition(ContentDisposition.ATTACHMENT);
        response.disableCaching();
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes a) throws IOException {
                Writer out = new OutputStreamWriter(a.getResponse().getOutputStream(), StandardCharsets.UTF_8);
                out.write('\ufeff');
                write(out, read);
                out.flush();
            }
        });
        return response;
    }

    void write(Writer out, List<Row> read) {
        boolean french = "fr".equals(locale.getLanguage());
        try {
            // not closed: closing the printer would close the response's stream before Wicket is done with it
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
            csv.printRecord(french
                    ? List.of("numero", "date", "valable_jusqu_au", "client", "total_ht", "tva", "total_ttc",
                    "acompte_pct", "devise", "etat")
                    : List.of("number", "date", "valid_until", "customer", "total_excl_vat", "vat", "total_incl_vat",
                    "deposit_pct", "currency", "status"));
            for (Row r : read) {
                Quote q = r.quote();
                csv.printRecord(InvoicesCsv.safe(q.number()), q.issueDate(), q.validUntil(),
                        InvoicesCsv.safe(r.customer()), q.totalExclVat().toPlainString(), q.totalVat().toPlainString(),
                        q.totalInclVat().toPlainString(), q.depositPercent().toPlainString(),
                        q.totalInclVat().currency().getCurrencyCode(), r.status());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
