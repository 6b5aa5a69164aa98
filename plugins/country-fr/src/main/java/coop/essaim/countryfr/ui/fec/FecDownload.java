package coop.essaim.countryfr.ui.fec;

import coop.essaim.api.security.UserContext;
import coop.essaim.countryfr.internal.fec.FecExport;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.ContentDisposition;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The FEC of a year as a download, streamed as the export writes it. Made for one request and never kept in a
 * page, hence the services it holds are not serialised.
 */
final class FecDownload extends AbstractResource {

    private static final long serialVersionUID = 1L;

    private final transient FecExport export;
    private final transient UserContext user;
    private final int year;
    private final String fileName;

    FecDownload(FecExport export, UserContext user, int year, String fileName) {
        this.export = export;
        this.user = user;
        this.year = year;
        this.fileName = fileName;
    }

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        ResourceResponse response = new ResourceResponse();
        response.setContentType("text/plain; charset=UTF-8");
        response.setFileName(fileName);
        response.setContentDisposition(ContentDisposition.ATTACHMENT);
        response.disableCaching();
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes a) throws IOException {
                Writer out = new OutputStreamWriter(a.getResponse().getOutputStream(), StandardCharsets.UTF_8);
                export.write(user, year, out);
                out.flush();
            }
        });
        return response;
    }
}
