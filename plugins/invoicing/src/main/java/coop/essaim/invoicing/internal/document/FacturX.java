package coop.essaim.invoicing.internal.document;

import org.mustangproject.Invoice;
import org.mustangproject.ZUGFeRD.Profile;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Objects;

/**
 * The Factur-X of an invoice, deposit invoice or credit note: its PDF/A-3 with the CII XML of the EN 16931
 * profile embedded ({@code factur-x.xml}), written with Mustang. The XML is generated first and read back: if any
 * amount it states differs from the document's, no file is written ({@link FacturXException}).
 */
public final class FacturX {

    private static final Logger LOG = LoggerFactory.getLogger(FacturX.class);
    static final String PROFILE = "EN16931";

    private final DocumentPdf pdf = new DocumentPdf();

    /** Draws the document and embeds its XML. */
    public byte[] create(InvoiceDocument document) {
        return create(document, pdf.render(document));
    }

    /** Embeds the document's XML in {@code pdfA3}, a PDF/A-3 of this document drawn by {@link DocumentPdf}. */
    public byte[] create(InvoiceDocument document, byte[] pdfA3) {
        Objects.requireNonNull(document, "document");
        if (document.kind().typeCode() == null) {
            throw new FacturXException(document.kind() + " " + document.number() + " is not an invoice: no Factur-X");
        }
        if (document.kind() == InvoiceDocument.Kind.CREDIT_NOTE && !FacturXInvoice.present(document.precedingInvoiceNumber())) {
            throw new FacturXException("credit note " + document.number() + " must name the invoice it corrects");
        }
        long start = System.nanoTime();
        byte[] xml = xml(document);
        try (ZUGFeRDExporterFromA3 exporter = new ZUGFeRDExporterFromA3()) {
            exporter.setOverwrite(false);
            exporter.setProducer(PdfA.PRODUCER);
            exporter.setCreator(document.seller().legalName());
            exporter.load(pdfA3);
            exporter.setProfile(profile());
            exporter.setXML(xml);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(out);
            LOG.debug("Factur-X of {} written in {} ms", document.number(), (System.nanoTime() - start) / 1_000_000);
            return out.toByteArray();
        } catch (IOException e) {
            throw new FacturXException("cannot write the Factur-X of " + document.number() + ": " + e.getMessage(), e);
        }
    }

    /** The CII XML alone (EN 16931 profile), checked against the document's amounts. */
    public byte[] xml(InvoiceDocument document) {
        Invoice invoice = FacturXInvoice.of(document, new DocumentText(document.locale()));
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(profile());
        provider.generateXML(invoice);
        byte[] xml = provider.getXML();
        FacturXAgreement.require(document, CiiAmounts.read(xml));
        return xml;
    }

    private static Profile profile() {
        return Profiles.getByName(PROFILE);
    }
}
