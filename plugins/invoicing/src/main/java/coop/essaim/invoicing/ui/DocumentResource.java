package coop.essaim.invoicing.ui;

import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.internal.invoice.InvoiceDocuments;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.ContentDisposition;

/** A validated document's PDF (its Factur-X), rendered at each download with the reader's rights. */
final class DocumentResource extends AbstractResource {

    private static final long serialVersionUID = 1L;

    private final InvoicePage page;

    DocumentResource(InvoicePage page) {
        this.page = page;
    }

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        Invoice invoice = page.invoiceRecord();
        byte[] pdf = page.invoicing().files().pdf(page.currentUserContext(), invoice.id());
        ResourceResponse response = new ResourceResponse();
        response.setContentType("application/pdf");
        response.setFileName(InvoiceDocuments.fileName(invoice));
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
