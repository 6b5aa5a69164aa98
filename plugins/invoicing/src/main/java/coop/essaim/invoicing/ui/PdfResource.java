package coop.essaim.invoicing.ui;

import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.ContentDisposition;

import java.io.Serializable;

/**
 * A document's PDF (an invoice's Factur-X, a quote's plain PDF), rendered at each download with the reader's
 * rights, before the response starts: a refusal is an error page, not half a file.
 */
final class PdfResource extends AbstractResource {

    private static final long serialVersionUID = 1L;

    /** The file as it is downloaded. */
    record Pdf(String fileName, byte[] content) {
    }

    /** Renders the page's document now. */
    interface Source extends Serializable {
        Pdf render();
    }

    private final Source source;

    PdfResource(Source source) {
        this.source = source;
    }

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        Pdf pdf = source.render();
        ResourceResponse response = new ResourceResponse();
        response.setContentType("application/pdf");
        response.setFileName(pdf.fileName());
        response.setContentDisposition(ContentDisposition.ATTACHMENT);
        response.setContentLength(pdf.content().length);
        response.disableCaching();
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes a) {
                a.getResponse().write(pdf.content());
            }
        });
        return response;
    }
}
