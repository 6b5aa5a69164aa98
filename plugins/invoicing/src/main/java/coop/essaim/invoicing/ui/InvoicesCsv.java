package coop.essaim.invoicing.ui;

import coop.essaim.invoicing.api.Invoice;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.wicket.request.resource.AbstractResource;
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
 * The invoices list as a CSV file for a spreadsheet: semicolons and a BOM so French spreadsheets read it, machine
 * amounts ({@code 1200.00}) and ISO dates, and any cell a spreadsheet would run as a formula prefixed with
 * {@code '}.
 */
final class InvoicesCsv extends AbstractResource {

    private static final long serialVersionUID = 1L;

    /** One line: the invoice with what the page shows beside it. */
    record Row(Invoice invoice, String activity, String customer, String kind, String status) implements Serializable {
    }

    interface Rows extends Supplier<List<Row>>, Serializable {
    }

    private final Rows rows;
    private final Locale locale;

    InvoicesCsv(Rows rows, Locale locale) {
        this.rows = Args.notNull(rows, "rows");
        this.locale = locale;
    }

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        ResourceResponse response = new ResourceResponse();
        response.setContentType("text/csv; charset=UTF-8");
        response.setFileName("nl".equals(ListCsv.language(locale)) ? "facturen.csv" : "factures.csv");
        response.setContentDisposition(org.apache.wicket.request.resource.ContentDisposition.ATTACHMENT);
        response.disableCaching();
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes a) throws IOException {
                Writer out = new OutputStreamWriter(a.getResponse().getOutputStream(), StandardCharsets.UTF_8);
                out.write('\ufeff');
                write(out);
                out.flush();
            }
        });
        return response;
    }

    void write(Writer out) {
        try {
            // not closed: closing the printer would close the response's stream before Wicket is done with it
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
            csv.printRecord(switch (ListCsv.language(locale)) {
                case "fr" -> List.of("numero", "type", "date", "echeance", "activite", "client", "total_ht", "tva",
                        "total_ttc", "reste_du", "devise", "etat");
                case "nl" -> List.of("nummer", "soort", "datum", "vervaldatum", "activiteit", "klant",
                        "totaal_excl_btw", "btw", "totaal_incl_btw", "openstaand", "munt", "status");
                default -> List.of("number", "kind", "date", "due", "activity", "customer", "total_excl_vat", "vat",
                        "total_incl_vat", "outstanding", "currency", "status");
            });
            for (Row r : rows.get()) {
                Invoice i = r.invoice();
                csv.printRecord(safe(i.number()), r.kind(), i.issueDate(), i.dueDate(), safe(r.activity()),
                        safe(r.customer()), i.totalExclVat().toPlainString(), i.totalVat().toPlainString(),
                        i.totalInclVat().toPlainString(), i.outstanding().toPlainString(),
                        i.totalInclVat().currency().getCurrencyCode(), r.status());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell starting with = + - @ (or a tab or return) would run as a formula in a spreadsheet. */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
