package coop.essaim.payroll.ui;

import coop.essaim.payroll.internal.document.PayrollDocuments.Document;
import coop.essaim.api.problem.ValidationException;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.request.handler.resource.ResourceRequestHandler;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.ContentDisposition;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * A document of the run, made when its link is clicked (the service checks the user's right then). A refusal
 * (the cooperative's IBAN missing, a month not validated) is shown on the page as feedback, never as an error
 * page: the document is made first, and only sent once made.
 */
final class DownloadResource extends AbstractResource {

    private static final long serialVersionUID = 1L;

    interface Source extends Serializable {
        Document make();
    }

    private final String contentType;
    private final Document document;

    private DownloadResource(String contentType, Document document) {
        this.contentType = contentType;
        this.document = document;
    }

    /** A link that makes the document, then sends it; a refusal becomes the page's feedback. */
    static Link<Void> link(String id, String contentType, Source source) {
        return new Link<>(id) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                try {
                    Document made = source.make();
                    getRequestCycle().scheduleRequestHandlerAfterCurrent(
                            new ResourceRequestHandler(new DownloadResource(contentType, made), null));
                } catch (ValidationException e) {
                    e.errors().forEach(error -> getPage().error(error.message()));
                }
            }
        };
    }

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        ResourceResponse response = new ResourceResponse();
        response.setContentType(contentType);
        response.setFileName(document.fileName());
        response.setContentDisposition(ContentDisposition.ATTACHMENT);
        response.setContentLength(document.content().length);
        response.disableCaching();
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes a) {
                try {
                    a.getResponse().getOutputStream().write(document.content());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return response;
    }
}
