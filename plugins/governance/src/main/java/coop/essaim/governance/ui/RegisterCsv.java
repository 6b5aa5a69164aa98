package coop.essaim.governance.ui;

import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.ContentDisposition;

import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The register's export as a file, with a BOM for French spreadsheets. The text is read before the response
 * starts, so a refusal becomes an error page, not half a file.
 */
final class RegisterCsv extends AbstractResource {

    private static final long serialVersionUID = 1L;

    /** Writes the export, with the user's reach, when the file is asked for. */
    interface Text extends Supplier<String>, Serializable {
    }

    private final Text text;
    private final String fileName;

    RegisterCsv(Text text, String fileName) {
        this.text = text;
        this.fileName = fileName;
    }

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        String csv = text.get();
        ResourceResponse response = new ResourceResponse();
        response.setContentType("text/csv; charset=UTF-8");
        response.setFileName(fileName);
        response.setContentDisposition(ContentDisposition.ATTACHMENT);
        response.disableCaching();
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes a) throws java.io.IOException {
                Writer out = new OutputStreamWriter(a.getResponse().getOutputStream(), StandardCharsets.UTF_8);
                out.write('\ufeff');
                out.write(csv);
                out.flush();
            }
        });
        return response;
    }
}
