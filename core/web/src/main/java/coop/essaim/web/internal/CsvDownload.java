package coop.essaim.web.internal;

import coop.essaim.web.internal.people.PeopleCsvResource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.wicket.request.resource.AbstractResource.ResourceResponse;
import org.apache.wicket.request.resource.AbstractResource.WriteCallback;
import org.apache.wicket.request.resource.ContentDisposition;
import org.apache.wicket.request.resource.IResource.Attributes;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * A list's CSV download, as every core list writes it: UTF-8, comma separated, a header row, each cell a
 * spreadsheet would run as a formula defused ({@link PeopleCsvResource#defused}), never cached. The rows are read
 * before the response starts, so a refusal of the kernel becomes an error page, not half a file.
 */
public final class CsvDownload {

    private CsvDownload() {
    }

    public static ResourceResponse of(String fileName, List<String> header, List<List<String>> rows) {
        ResourceResponse response = attachment(new ResourceResponse(), fileName);
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes a) throws IOException {
                Writer out = new OutputStreamWriter(a.getResponse().getOutputStream(), StandardCharsets.UTF_8);
                write(out, header, rows);
                out.flush();
            }
        });
        return response;
    }

    /** Makes {@code response} a CSV file download named {@code fileName}; the caller sets how it is written. */
    public static ResourceResponse attachment(ResourceResponse response, String fileName) {
        response.setContentType("text/csv; charset=UTF-8");
        response.setTextEncoding("UTF-8");
        response.setFileName(fileName);
        response.setContentDisposition(ContentDisposition.ATTACHMENT);
        response.setCacheDuration(Duration.ZERO);
        return response;
    }

    static void write(Writer out, List<String> header, List<List<String>> rows) {
        try {
            // not closed: closing the printer would close the response's stream, which the container owns
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                    .get());
            for (List<String> row : rows) {
                csv.printRecord(row.stream().map(PeopleCsvResource::defused).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
