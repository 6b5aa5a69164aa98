package coop.essaim.invoicing.internal.document;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The amounts a CII (Factur-X) XML states: each line's net amount, the VAT breakdown and the document totals,
 * read back from the XML itself, so what is compared with the document is exactly what the e-invoice says.
 */
record CiiAmounts(List<LineAmount> lines, List<TaxAmount> taxes, BigDecimal lineTotal, BigDecimal taxBasis,
                  BigDecimal taxTotal, BigDecimal grandTotal, BigDecimal prepaid, BigDecimal duePayable) {

    record LineAmount(String id, BigDecimal net) {
    }

    record TaxAmount(String category, BigDecimal percent, BigDecimal basis, BigDecimal tax) {
    }

    static CiiAmounts read(byte[] xml) {
        Document dom = parse(xml);
        List<LineAmount> lines = new ArrayList<>();
        for (Element item : children(dom.getDocumentElement(), "IncludedSupplyChainTradeLineItem", true)) {
            Element document = first(item, "AssociatedDocumentLineDocument");
            Element settlement = first(item, "SpecifiedLineTradeSettlement");
            lines.add(new LineAmount(textOf(first(document, "LineID")),
                    decimal(first(first(settlement, "SpecifiedTradeSettlementLineMonetarySummation"), "LineTotalAmount"))));
        }
        Element header = first(dom.getDocumentElement(), "ApplicableHeaderTradeSettlement", true);
        List<TaxAmount> taxes = new ArrayList<>();
        for (Element tax : children(header, "ApplicableTradeTax", false)) {
            Element rate = first(tax, "RateApplicablePercent");
            taxes.add(new TaxAmount(textOf(first(tax, "CategoryCode")), rate == null ? BigDecimal.ZERO : decimal(rate),
                    decimal(first(tax, "BasisAmount")), decimal(first(tax, "CalculatedAmount"))));
        }
        Element sum = first(header, "SpecifiedTradeSettlementHeaderMonetarySummation");
        Element prepaid = first(sum, "TotalPrepaidAmount");
        return new CiiAmounts(List.copyOf(lines), List.copyOf(taxes), decimal(first(sum, "LineTotalAmount")),
                decimal(first(sum, "TaxBasisTotalAmount")), decimal(first(sum, "TaxTotalAmount")),
                decimal(first(sum, "GrandTotalAmount")), prepaid == null ? BigDecimal.ZERO : decimal(prepaid),
                decimal(first(sum, "DuePayableAmount")));
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new FacturXException("the generated CII XML cannot be read back: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String localName, boolean deep) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        NodeList nodes = deep ? parent.getElementsByTagNameNS("*", localName) : parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element first(Element parent, String localName) {
        return first(parent, localName, false);
    }

    private static Element first(Element parent, String localName, boolean deep) {
        List<Element> found = children(parent, localName, deep);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String textOf(Element element) {
        return element == null ? null : element.getTextContent().strip();
    }

    private static BigDecimal decimal(Element element) {
        if (element == null) {
            throw new FacturXException("the generated CII XML lacks an amount it must state");
        }
        return new BigDecimal(element.getTextContent().strip());
    }
}
