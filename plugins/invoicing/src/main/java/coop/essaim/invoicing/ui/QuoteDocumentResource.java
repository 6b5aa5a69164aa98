package coop.essaim.invoicing.ui;

import coop.essaim.invoicing.api.Quote;
import coop.essaim.invoicing.internal.quote.QuoteFiles;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.ContentDisposition;

/** A quote's PDF (no Factur-X), rendered at each download with the reader's rights. */
final class QuoteDocumentResource extends AbstractResource {

    private static final long serialVersionUID = 1L;

    private final QuotePage page;

    QuoteDocumentResource(QuotePage page) {
        this.page = page;
    }

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        Quote quote = page.quoteRecord();
        byte[] pdf = page.invoicing().quoteFiles().pdf(page.currentUserContext(), quote);
        ResourceResponse response = new ResourceResponse();
        response.setContentType("application/pdf");
        response.setFileName(QuoteFiles.fileName(quote));
        response.setContentDisposition(ContentDisposition.ATTACHMENT);
        response.setContentLength(pdf.length);
        response.disableCaching();
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes a) {
                a.getResponse().write(pdf);
            }
        });
        return response;
    }
}
