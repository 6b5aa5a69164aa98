package coop.essaim.invoicing.internal.document;

import org.mustangproject.validator.ZUGFeRDValidator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mustang's validator report (veraPDF for the PDF/A part, the EN 16931 and BR-FR schematrons for the XML). */
record ValidationReport(String xml, Document dom) {

    static ValidationReport of(byte[] facturX) throws Exception {
        String report = new ZUGFeRDValidator().validate(facturX, "facturx.pdf");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(report.getBytes(StandardCharsets.UTF_8)));
        return new ValidationReport(report, dom);
    }

    void assertValidEn16931WithoutFrenchWarnings() {
        Element root = dom.getDocumentElement();
        assertEquals("validation", root.getTagName(), xml);
        assertEquals("valid", status(child(root, "pdf")), () -> "PDF/A part\n" + xml);
        assertEquals("valid", status(child(root, "xml")), () -> "XML part\n" + xml);
        assertEquals("valid", status(root), () -> "overall\n" + xml);
        assertEquals(0, dom.getElementsByTagName("error").getLength(), () -> "errors\n" + xml);
        assertTrue(xml.contains("flavour=3u") || xml.contains("flavour=3b"), () -> "checked as PDF/A-3\n" + xml);
        assertEquals("urn:cen.eu:en16931:2017", dom.getElementsByTagName("profile").item(0).getTextContent().strip(), xml);
        NodeList warnings = dom.getElementsByTagName("warning");
        for (int i = 0; i < warnings.getLength(); i++) {
            String warning = warnings.item(i).getTextContent();
            assertTrue(!warning.contains("BR-FR"), () -> "French rule warning: " + warning);
        }
    }

    private static Element child(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no <" + name + "> in the report");
    }

    private static String status(Element section) {
        NodeList nodes = section.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals("summary")) {
                return e.getAttribute("status");
            }
        }
        throw new AssertionError("no <summary> in <" + section.getTagName() + ">");
    }
}
