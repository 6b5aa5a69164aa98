package coop.essaim.itest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mustangproject.BankDetails;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Date;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The document libraries work inside the server host, wired as the invoicing plugin's imports are: PDFBox draws with
 * the font it ships (read from its own bundle), Mustang (the wrapped bundle, with dom4j and Saxon inside) writes the
 * CII XML and embeds it. The plugin code on top is host-neutral; its bundle resolving against these is checked by
 * starting the standard distribution (see plugins/invoicing/README.md).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DocumentLibrariesIT {

    @Configuration
    public Option[] config() {
        return EssaimRuntime.options(DocumentLibrariesIT.class);
    }

    @Test
    public void aPdfIsDrawnAndAFacturXEmbeddedInsideTheServerHost() throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument();
             InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            assertNotNull("PDFBox's bundle ships its font", ttf);
            PDType0Font font = PDType0Font.load(document, ttf, true);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(50, 700);
                content.showText("Facture F-2026-0001 – 108,00 € – Séance");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }

        Invoice invoice = new Invoice().setNumber("F-2026-0001").setIssueDate(new Date()).setDueDate(new Date())
                .setCurrency("EUR").setPaymentTermDescription("Paiement à 30 jours")
                .setSender(new TradeParty("Essaim Coopérative", "12 rue de la Ruche", "69001", "Lyon", "FR")
                        .setVATID("FR40812345678").addBankDetails(new BankDetails("FR7630006000011234567890189", "AGRIFRPPXXX")))
                .setRecipient(new TradeParty("Boulangerie Éclair", "3 place du Marché", "38000", "Grenoble", "FR"))
                .addItem(new Item(new Product("Séance d’accompagnement", null, "HUR", new BigDecimal("20")),
                        new BigDecimal("45.00"), new BigDecimal("2")));
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(Profiles.getByName("EN16931"));
        provider.generateXML(invoice);
        byte[] xml = provider.getXML();
        String text = new String(xml, StandardCharsets.UTF_8);
        assertTrue(text, text.contains("<ram:GrandTotalAmount>108.00</ram:GrandTotalAmount>"));

        ZUGFeRDExporterFromA3 exporter = new ZUGFeRDExporterFromA3();
        exporter.ignorePDFAErrors();
        exporter.load(pdf);
        exporter.setXML(xml);
        ByteArrayOutputStream facturX = new ByteArrayOutputStream();
        exporter.export(facturX);

        try (PDDocument read = Loader.loadPDF(facturX.toByteArray())) {
            var files = new PDDocumentNameDictionary(read.getDocumentCatalog()).getEmbeddedFiles().getNames();
            assertTrue("factur-x.xml embedded: " + files.keySet(), files.containsKey("factur-x.xml"));
            String embedded = new String(files.get("factur-x.xml").getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(embedded.contains("<ram:TypeCode>380</ram:TypeCode>"));
            String page = new PDFTextStripper().getText(read);
            assertTrue(page, page.contains("108,00 €") && page.contains("Séance"));
        }
    }
}
