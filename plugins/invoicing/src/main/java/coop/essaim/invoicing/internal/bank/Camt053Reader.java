package coop.essaim.invoicing.internal.bank;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.invoicing.internal.Messages;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Reads the entries of an ISO 20022 CAMT.053 statement (BkToCstmrStmt/Stmt/Ntry, any version): booking date, amount
 * with its currency and credit or debit sign, the remittance text, the counterparty and the bank's reference.
 * External entities and DTDs are refused (no XXE).
 */
final class Camt053Reader {

    private Camt053Reader() {
    }

    static List<StatementLine> read(byte[] content, Locale locale) {
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            doc = builder.parse(new ByteArrayInputStream(content));
        } catch (Exception e) {
            throw new ValidationException("file", Messages.text(locale, "error.camtUnreadable"));
        }
        NodeList entries = doc.getElementsByTagNameNS("*", "Ntry");
        if (doc.getElementsByTagNameNS("*", "BkToCstmrStmt").getLength() == 0) {
            throw new ValidationException("file", Messages.text(locale, "error.camtUnreadable"));
        }
        List<StatementLine> lines = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            try {
                lines.add(line(entry));
            } catch (RuntimeException e) {
                throw new ValidationException("file", Messages.text(locale, "error.camtEntry", i + 1));
            }
        }
        return lines;
    }

    private static StatementLine line(Element entry) {
        Element amt = first(entry, "Amt");
        Currency currency = Currency.getInstance(amt.getAttribute("Ccy"));
        Money amount = Money.parse(amt.getTextContent().strip(), currency);
        if ("DBIT".equals(text(entry, "CdtDbtInd"))) {
            amount = amount.negate();
        }
        Element booking = first(entry, "BookgDt");
        String day = text(booking, "Dt");
        LocalDate bookedOn = LocalDate.parse(day != null ? day : text(booking, "DtTm").substring(0, 10));
        String label = joined(entry, "Ustrd");
        if (label.isEmpty()) {
            label = text(entry, "AddtlNtryInf") == null ? "" : text(entry, "AddtlNtryInf");
        }
        String counterparty = amount.isPositive() ? partyName(entry, "Dbtr") : partyName(entry, "Cdtr");
        String reference = text(entry, "AcctSvcrRef");
        if (reference == null) {
            reference = text(entry, "EndToEndId");
        }
        return new StatementLine(bookedOn, amount, cut(label.isEmpty() ? "-" : label, 500), cut(counterparty, 200),
                cut(reference, 100));
    }

    private static String partyName(Element entry, String role) {
        NodeList parties = entry.getElementsByTagNameNS("*", role);
        for (int i = 0; i < parties.getLength(); i++) {
            String name = text((Element) parties.item(i), "Nm");
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String joined(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagNameNS("*", tag);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            parts.add(nodes.item(i).getTextContent().strip());
        }
        return String.join(" ", parts).strip();
    }

    private static Element first(Element parent, String tag) {
        Node node = parent.getElementsByTagNameNS("*", tag).item(0);
        if (node == null) {
            throw new IllegalArgumentException("no " + tag);
        }
        return (Element) node;
    }

    private static String text(Element parent, String tag) {
        Node node = parent.getElementsByTagNameNS("*", tag).item(0);
        return node == null ? null : node.getTextContent().strip();
    }

    static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
