package coop.essaim.invoicing.ui;

import coop.essaim.invoicing.api.CatalogueItem;
import coop.essaim.invoicing.api.CatalogueItemDetails;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.ContentDisposition;
import org.danekja.java.util.function.serializable.SerializableSupplier;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * An activity's catalogue as a CSV file, written like the invoices list ({@link InvoicesCsv}): semicolons and a BOM
 * for French spreadsheets, machine prices ({@code 450.00}), codes as stored, formulas neutralised. The items are
 * read when the file is asked for, with the user's reach.
 */
final class CatalogueCsv extends AbstractResource {

    private static final long serialVersionUID = 1L;

    private final SerializableSupplier<List<CatalogueItem>> items;
    private final Locale locale;

    CatalogueCsv(SerializableSupplier<List<CatalogueItem>> items, Locale locale) {
        this.items = items;
        this.locale = locale;
    }

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        List<CatalogueItem> rows = items.get();
        ResourceResponse response = new ResourceResponse();
        response.setContentType("text/csv; charset=UTF-8");
        response.setFileName("fr".equals(locale.getLanguage()) ? "catalogue.csv" : "catalogue-en.csv");
        response.setContentDisposition(ContentDisposition.ATTACHMENT);
        response.disableCaching();
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes a) throws IOException {
                Writer out = new OutputStreamWriter(a.getResponse().getOutputStream(), StandardCharsets.UTF_8);
                out.write('\ufeff');
                write(out, rows);
                out.flush();
            }
        });
        return response;
    }

    void write(Writer out, List<CatalogueItem> rows) {
        boolean french = "fr".equals(locale.getLanguage());
        try {
            // not closed: closing the printer would close the response's stream before Wicket is done with it
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
            csv.printRecord(french
                    ? List.of("nom", "reference", "nature", "unite", "prix_unitaire_ht", "devise", "tva", "description",
                    "archive")
                    : List.of("name", "reference", "kind", "unit", "unit_price_excl_vat", "currency", "vat",
                    "description", "archived"));
            for (CatalogueItem i : rows) {
                CatalogueItemDetails d = i.details();
                csv.printRecord(InvoicesCsv.safe(d.name()), InvoicesCsv.safe(d.reference()), d.kind(), d.unitCode(),
                        d.unitPrice().toPlainString(), d.unitPrice().currency().getCurrencyCode(), d.vatCode(),
                        InvoicesCsv.safe(d.description()), i.archived());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
