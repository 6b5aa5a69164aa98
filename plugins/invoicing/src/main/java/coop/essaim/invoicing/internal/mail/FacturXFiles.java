package coop.essaim.invoicing.internal.mail;

import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.internal.document.DocumentPdf;
import coop.essaim.invoicing.internal.document.FacturX;
import coop.essaim.invoicing.internal.document.FacturXException;
import coop.essaim.invoicing.internal.document.InvoiceDocument;
import coop.essaim.invoicing.internal.invoice.InvoiceDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A validated document's file: its Factur-X. When the e-invoice cannot state the document's amounts exactly
 * (VAT rounded per line can differ by a cent from EN 16931's VAT per rate), the plain PDF/A-3 is sent instead of a
 * wrong e-invoice, and the reason is logged for accounting.
 */
public final class FacturXFiles implements DocumentFiles {

    private static final Logger LOG = LoggerFactory.getLogger(FacturXFiles.class);

    private final InvoiceDocuments documents;

    public FacturXFiles(InvoiceDocuments documents) {
        this.documents = documents;
    }

    @Override
    public byte[] pdf(UserContext actor, long invoiceId) {
        InvoiceDocument document = documents.of(actor, invoiceId);
        if (document.kind().typeCode() == null || document.number() == null) {
            return new DocumentPdf().render(document);
        }
        try {
            return new FacturX().create(document);
        } catch (FacturXException disagreement) {
            LOG.warn("invoice {}: no Factur-X, the plain PDF is used: {}", document.number(),
                    disagreement.getMessage());
            return new DocumentPdf().render(document);
        }
    }
}
