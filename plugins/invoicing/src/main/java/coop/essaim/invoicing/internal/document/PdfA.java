package coop.essaim.invoicing.internal.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import javax.xml.transform.TransformerException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;

/**
 * Makes a drawn document a PDF/A-3 (level U: every glyph maps to Unicode, which the embedded Type 0 font gives):
 * the XMP identification, a title and dates equal in the XMP and the document information, and an sRGB output
 * intent. The sRGB profile is the JDK's own, so neither host needs a colour profile file on a class path (Mustang
 * looks for one through the thread's context class loader, which differs between hosts).
 */
final class PdfA {

    static final String PRODUCER = "Essaim (Apache PDFBox)";

    private PdfA() {
    }

    static void declare(PDDocument pdf, String title, String author) throws IOException {
        Calendar now = Calendar.getInstance();
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(now);
        info.setModificationDate(now);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addCreator(author);
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(PRODUCER);
        basic.setCreateDate(now);
        basic.setModifyDate(now);
        xmp.createAndAddAdobePDFSchema().setProducer(PRODUCER);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(3);
        try {
            id.setConformance("U");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write the XMP metadata", e);
        }
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(out.toByteArray());
        pdf.getDocumentCatalog().setMetadata(metadata);

        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(srgb));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        pdf.getDocumentCatalog().addOutputIntent(intent);
    }
}
