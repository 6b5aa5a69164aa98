package coop.essaim.invoicing.ui;

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
 * A list page's rows as a CSV file, written as the invoices' list is ({@link InvoicesCsv}): semicolons and a BOM
 * for French spreadsheets, machine amounts and ISO dates, cells a spreadsheet would run as formulas defused by the
 * subclass ({@link InvoicesCsv#safe}). The rows are read before the response starts, so a refusal becomes an
 * error page, not half a file.
 */
abstract class ListCsv<T> extends AbstractResource {

    private static final long serialVersionUID = 1L;

    /** Reads the rows, with the user's reach, when the file is asked for. */
    interface Rows<T> extends Supplier<List<T>>, Serializable {
    }

    private final Rows<T> rows;
    private final Locale locale;
    private final String fileName;

    ListCsv(Rows<T> rows, Locale locale, String fileName) {
        this.rows = Args.notNull(rows, "rows");
        this.locale = locale;
        this.fileName = fileName;
    }

    /** The column names in the user's language: {@code fr}, {@code nl} or (any other language) {@code en}. */
    protected abstract List<String> header(String language);

    /** One row's cells, in the header's order. */
    protected abstract Object[] cells(T row);

    protected final String language() {
        return language(locale);
    }

    /** French or Dutch for a user in either language, English for any other. */
    static String language(Locale locale) {
        String l = locale == null ? "" : locale.getLanguage();
        return "fr".equals(l) || "nl".equals(l) ? l : "en";
    }

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        List<T> read = rows.get();
        ResourceResponse response = new ResourceResponse();
        response.setContentType("text/csv; charset=UTF-8");
        response.setFileName(fileName);
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

    void write(Writer out, List<T> read) {
        try {
            // not closed: closing the printer would close the response's stream before Wicket is done with it
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
            csv.printRecord(header(language()));
            for (T row : read) {
                csv.printRecord(cells(row));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
