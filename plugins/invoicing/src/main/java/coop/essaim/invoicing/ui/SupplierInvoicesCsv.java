package coop.essaim.invoicing.ui;

import coop.essaim.invoicing.api.SupplierInvoice;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.ContentDisposition;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The supplier invoices list as a CSV file, written as {@link InvoicesCsv} writes the invoices. */
final class SupplierInvoicesCsv extends AbstractResource {

    private static final long serialVersionUID = 1L;

    /** One line: the invoice with its status as the page shows it. */
    record Row(SupplierInvoice invoice, String status) implements Serializable {
    }

    interface Rows extends Supplier<List<Row>>, Serializable {
    }

    private final Rows rows;
    private final Locale locale;

    SupplierInvoicesCsv(Rows rows, Locale locale) {
        this.rows = rows;
        this.locale = locale;
    }

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        List<Row> read = rows.get(); // read before the response starts: a refusal is an error page, not half a file
        ResourceResponse response = new ResourceResponse();
        response.setContentType("text/csv; charset=UTF-8");
        response.setFileName("factures-fournisseurs.csv");
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
                    ? List.of("reference", "fournisseur", "numero", "date", "echeance", "total_ht", "tva", "total_ttc",
                    "reste_du", "devise", "etat")
                    : List.of("reference", "supplier", "number", "date", "due", "total_excl_vat", "vat",
                    "total_incl_vat", "outstanding", "currency", "status"));
            for (Row r : read) {
                SupplierInvoice i = r.invoice();
                csv.printRecord(i.reference(), InvoicesCsv.safe(i.supplierName()), InvoicesCsv.safe(i.supplierNumber()),
                        i.invoiceDate(), i.dueDate(), i.totalExclVat().toPlainString(), i.totalVat().toPlainString(),
                        i.totalInclVat().toPlainString(), i.outstanding().toPlainString(),
                        i.totalInclVat().currency().getCurrencyCode(), r.status());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
