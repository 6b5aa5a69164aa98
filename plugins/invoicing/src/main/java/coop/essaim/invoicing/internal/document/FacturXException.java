package coop.essaim.invoicing.internal.document;

/**
 * A document that cannot become a correct Factur-X: a quote, a field EN 16931 requires that is missing, or
 * amounts the e-invoice would state differently from the document. No file is written rather than a wrong one.
 */
public final class FacturXException extends RuntimeException {

    public FacturXException(String message) {
        super(message);
    }

    public FacturXException(String message, Throwable cause) {
        super(message, cause);
    }
}
