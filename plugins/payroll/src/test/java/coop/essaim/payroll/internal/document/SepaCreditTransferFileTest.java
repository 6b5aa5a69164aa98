package coop.essaim.payroll.internal.document;

import coop.essaim.api.money.Money;
import coop.essaim.payroll.internal.document.SepaCreditTransferFile.Debtor;
import coop.essaim.payroll.internal.document.SepaCreditTransferFile.Order;
import coop.essaim.payroll.internal.document.SepaCreditTransferFile.Transfer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

import static coop.essaim.payroll.internal.document.PayslipSamples.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The file is read back with DOM and XPath. The official pain.001.001.09 XSD is not validated against: no
 * artifact on Maven Central known to this build ships it, so the element order of the schema is asserted instead.
 */
class SepaCreditTransferFileTest {

    static final String COOPERATIVE_IBAN = "FR76 3000 6000 0112 3456 7890 189";
    static final String ZOE_IBAN = "FR14 2004 1010 0505 0001 3M02 606";
    static final String KARL_IBAN = "DE89 3704 0044 0532 0130 00";
    static final String LOTTE_IBAN = "BE68 5390 0754 7034";
    static final OffsetDateTime CREATED = OffsetDateTime.of(2025, 5, 28, 9, 30, 15, 123, ZoneOffset.ofHours(2));

    private final SepaCreditTransferFile file = new SepaCreditTransferFile();

    static Order order(List<Transfer> transfers) {
        return new Order("PAIE-2025-05", CREATED, new Debtor("Essaim Coopérative", COOPERATIVE_IBAN, "AGRIFRPP"),
                LocalDate.of(2025, 5, 30), transfers);
    }

    static List<Transfer> may() {
        List<Transfer> transfers = new ArrayList<>();
        transfers.add(new Transfer("Zoé Lefèvre", ZOE_IBAN, "bnpa fr pp xxx", eur("1927.98"), "PAIE-2025-05-ES0042",
                "Salaire mai 2025 – Atelier Lumière"));
        transfers.add(new Transfer("Karl Müller-Straße", KARL_IBAN, null, eur("2000.00"), "PAIE-2025-05-ES0043",
                "Salaire mai 2025"));
        transfers.add(new Transfer("Lotte Œsterbrø", LOTTE_IBAN, null, eur("30.00"), "PAIE-2025-05-ES0044", null));
        return transfers;
    }

    @Test
    void theGroupHeaderCountsAndSumsTheTransfers() throws Exception {
        byte[] xml = file.write(order(may()));
        String text = new String(xml, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), text);
        Document doc = parse(xml);
        assertEquals(SepaCreditTransferFile.NAMESPACE, doc.getDocumentElement().getNamespaceURI());
        assertEquals("Document", doc.getDocumentElement().getLocalName());

        assertEquals("PAIE-2025-05", x(doc, "/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr/p:MsgId"));
        assertEquals("2025-05-28T09:30:15+02:00", x(doc, "//p:GrpHdr/p:CreDtTm"));
        assertEquals("3", x(doc, "//p:GrpHdr/p:NbOfTxs"));
        assertEquals("3957.98", x(doc, "//p:GrpHdr/p:CtrlSum"));
        assertEquals("Essaim Cooperative", x(doc, "//p:GrpHdr/p:InitgPty/p:Nm"));
        assertEquals("1", x(doc, "count(//p:PmtInf)"));
        assertEquals("3", x(doc, "//p:PmtInf/p:NbOfTxs"));
        assertEquals("3957.98", x(doc, "//p:PmtInf/p:CtrlSum"));
        assertEquals("3", x(doc, "count(//p:PmtInf/p:CdtTrfTxInf)"));
        assertEquals("TRF", x(doc, "//p:PmtInf/p:PmtMtd"));
        assertEquals("SEPA", x(doc, "//p:PmtInf/p:PmtTpInf/p:SvcLvl/p:Cd"));
        assertEquals("SALA", x(doc, "//p:PmtInf/p:PmtTpInf/p:CtgyPurp/p:Cd"));
        assertEquals("2025-05-30", x(doc, "//p:PmtInf/p:ReqdExctnDt/p:Dt"));
        assertEquals("FR7630006000011234567890189", x(doc, "//p:PmtInf/p:DbtrAcct/p:Id/p:IBAN"));
        assertEquals("AGRIFRPP", x(doc, "//p:PmtInf/p:DbtrAgt/p:FinInstnId/p:BICFI"));
        assertEquals("SLEV", x(doc, "//p:PmtInf/p:ChrgBr"));
    }

    @Test
    void eachTransferCarriesItsAmountToTheCentInEuros() throws Exception {
        Document doc = parse(file.write(order(may())));
        NodeList amounts = (NodeList) xpath().evaluate("//p:CdtTrfTxInf/p:Amt/p:InstdAmt", doc, XPathConstants.NODESET);
        List<String> shown = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < amounts.getLength(); i++) {
            Element amount = (Element) amounts.item(i);
            assertEquals("EUR", amount.getAttribute("Ccy"));
            assertTrue(amount.getTextContent().matches("\\d+\\.\\d{2}"), amount.getTextContent());
            shown.add(amount.getTextContent());
            sum += eur(amount.getTextContent()).minorUnits();
        }
        assertEquals(List.of("1927.98", "2000.00", "30.00"), shown);
        assertEquals(eur(x(doc, "//p:GrpHdr/p:CtrlSum")).minorUnits(), sum, "the control sum is the sum");

        String first = "//p:CdtTrfTxInf[1]";
        assertEquals("PAIE-2025-05-ES0042", x(doc, first + "/p:PmtId/p:EndToEndId"));
        assertEquals("Zoe Lefevre", x(doc, first + "/p:Cdtr/p:Nm"));
        assertEquals("FR1420041010050500013M02606", x(doc, first + "/p:CdtrAcct/p:Id/p:IBAN"));
        assertEquals("BNPAFRPPXXX", x(doc, first + "/p:CdtrAgt/p:FinInstnId/p:BICFI"));
        assertEquals("SALA", x(doc, first + "/p:Purp/p:Cd"));
        assertEquals("Salaire mai 2025 - Atelier Lumiere", x(doc, first + "/p:RmtInf/p:Ustrd"));
        assertEquals("Karl Muller-Strasse", x(doc, "//p:CdtTrfTxInf[2]/p:Cdtr/p:Nm"));
        assertEquals("0", x(doc, "count(//p:CdtTrfTxInf[2]/p:CdtrAgt)"), "no creditor agent without a BIC");
        assertEquals("Lotte OEsterbro", x(doc, "//p:CdtTrfTxInf[3]/p:Cdtr/p:Nm"));
        assertEquals("0", x(doc, "count(//p:CdtTrfTxInf[3]/p:RmtInf)"), "no remittance information when none");
    }

    @Test
    void theElementsFollowTheSchemaOrder() throws Exception {
        Document doc = parse(file.write(order(may())));
        assertEquals(List.of("GrpHdr", "PmtInf"), children(doc, "//p:CstmrCdtTrfInitn"));
        assertEquals(List.of("MsgId", "CreDtTm", "NbOfTxs", "CtrlSum", "InitgPty"), children(doc, "//p:GrpHdr"));
        assertEquals(List.of("PmtInfId", "PmtMtd", "BtchBookg", "NbOfTxs", "CtrlSum", "PmtTpInf", "ReqdExctnDt",
                "Dbtr", "DbtrAcct", "DbtrAgt", "ChrgBr", "CdtTrfTxInf", "CdtTrfTxInf", "CdtTrfTxInf"),
                children(doc, "//p:PmtInf"));
        assertEquals(List.of("PmtId", "Amt", "CdtrAgt", "Cdtr", "CdtrAcct", "Purp", "RmtInf"),
                children(doc, "//p:CdtTrfTxInf[1]"));
        assertEquals(List.of("Id", "Ccy"), children(doc, "//p:DbtrAcct"));
    }

    @Test
    void aDebtorWithoutBicIsSentAsNotProvided() throws Exception {
        Order order = new Order("PAIE-2025-05", CREATED, new Debtor("Essaim", COOPERATIVE_IBAN, " "),
                LocalDate.of(2025, 5, 30), may());
        Document doc = parse(file.write(order));
        assertEquals("NOTPROVIDED", x(doc, "//p:DbtrAgt/p:FinInstnId/p:Othr/p:Id"));
        assertEquals("0", x(doc, "count(//p:DbtrAgt//p:BICFI)"));
    }

    @Test
    void longTextsAreCutToTheSepaLengths() throws Exception {
        String name = "Anne-Élisabeth " + "de la Très Longue Lignée ".repeat(5);
        List<Transfer> transfers = List.of(new Transfer(name, ZOE_IBAN, null, eur("10.00"), "E2E-1", "x".repeat(200)));
        Document doc = parse(file.write(order(transfers)));
        String sent = x(doc, "//p:Cdtr/p:Nm");
        assertTrue(sent.length() <= 70 && sent.startsWith("Anne-Elisabeth de la Tres Longue"), sent);
        assertEquals("x".repeat(140), x(doc, "//p:RmtInf/p:Ustrd"));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertRefused("transfers[1].iban", t -> replace(t, 1, new Transfer("Karl", "DE88 3704 0044 0532 0130 00",
                null, eur("1.00"), "A", null)), "mod 97");
        assertRefused("transfers[1].iban", t -> replace(t, 1, new Transfer("Karl", "DE89 3704 0044 0532 0130",
                null, eur("1.00"), "A", null)), "22 characters");
        assertRefused("transfers[0].iban", t -> replace(t, 0, new Transfer("Zoé", "US12 3456 7890", null,
                eur("1.00"), "A", null)), "not a country");
        assertRefused("transfers[0].iban", t -> replace(t, 0, new Transfer("Zoé", "FR76 3A00 6000 0112 3456 7890 189",
                null, eur("1.00"), "A", null)), "French IBAN");
        assertRefused("transfers[2].amount", t -> replace(t, 2, new Transfer("Lotte", LOTTE_IBAN, null, eur("0.00"),
                "C", null)), "above zero");
        assertRefused("transfers[2].amount", t -> replace(t, 2, new Transfer("Lotte", LOTTE_IBAN, null,
                Money.of(100, "MAD"), "C", null)), "EUR");
        assertRefused("transfers[0].endToEndId", t -> replace(t, 0, new Transfer("Zoé", ZOE_IBAN, null, eur("1.00"),
                "X".repeat(36), null)), "35");
        assertRefused("transfers[0].endToEndId", t -> replace(t, 0, new Transfer("Zoé", ZOE_IBAN, null, eur("1.00"),
                "PAIE mai", null)), "characters outside");
        assertRefused("transfers[0].endToEndId", t -> replace(t, 0, new Transfer("Zoé", ZOE_IBAN, null, eur("1.00"),
                "A//B", null)), "//");
        assertRefused("transfers[1].endToEndId", t -> replace(t, 1, new Transfer("Karl", KARL_IBAN, null, eur("1.00"),
                "PAIE-2025-05-ES0042", null)), "already used");
        assertRefused("transfers[1].creditorName", t -> replace(t, 1, new Transfer("★ ★", KARL_IBAN, null,
                eur("1.00"), "B", null)), "required");
        assertRefused("transfers[0].bic", t -> replace(t, 0, new Transfer("Zoé", ZOE_IBAN, "BNP", eur("1.00"), "A",
                null)), "not a BIC");
        assertRefused("transfers", t -> List.of(), "at least one");
    }

    @Test
    void aBadOrderIsRefusedNamingTheField() {
        SepaInputException debtor = assertThrows(SepaInputException.class, () -> file.write(new Order("M", CREATED,
                new Debtor("Essaim", "FR76 3000 6000 0112 3456 7890 180", null), LocalDate.of(2025, 5, 30), may())));
        assertEquals("debtor.iban", debtor.field());
        SepaInputException date = assertThrows(SepaInputException.class, () -> file.write(new Order("M", CREATED,
                new Debtor("Essaim", COOPERATIVE_IBAN, null), LocalDate.of(2025, 5, 27), may())));
        assertEquals("executionDate", date.field());
        SepaInputException id = assertThrows(SepaInputException.class, () -> file.write(new Order(" ", CREATED,
                new Debtor("Essaim", COOPERATIVE_IBAN, null), LocalDate.of(2025, 5, 30), may())));
        assertEquals("messageId", id.field());
    }

    @Test
    void theIbanCheckIsIso7064Mod97() {
        for (String valid : List.of(COOPERATIVE_IBAN, ZOE_IBAN, KARL_IBAN, LOTTE_IBAN, "GB82 WEST 1234 5698 7654 32",
                "CH93 0076 2011 6238 5295 7", "NL91 ABNA 0417 1643 00", "IT60 X054 2811 1010 0000 0123 456")) {
            String compact = valid.replace(" ", "");
            assertTrue(Iban.checksumHolds(compact), valid);
            assertEquals(compact, Iban.check(valid.toLowerCase(), "iban"));
            for (int i = 4; i < compact.length(); i++) {
                char c = compact.charAt(i);
                if (Character.isDigit(c)) {
                    String typo = compact.substring(0, i) + (char) ('0' + (c - '0' + 1) % 10) + compact.substring(i + 1);
                    assertTrue(!Iban.checksumHolds(typo), "one digit changed: " + typo);
                }
            }
        }
    }

    private void assertRefused(String field, UnaryOperator<List<Transfer>> change, String why) {
        SepaInputException e = assertThrows(SepaInputException.class, () -> file.write(order(change.apply(may()))));
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    private static List<Transfer> replace(List<Transfer> transfers, int index, Transfer with) {
        List<Transfer> changed = new ArrayList<>(transfers);
        changed.set(index, with);
        return changed;
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<String> children(Document doc, String path) throws Exception {
        Node parent = (Node) xpath().evaluate(path, doc, XPathConstants.NODE);
        List<String> names = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                assertEquals(SepaCreditTransferFile.NAMESPACE, e.getNamespaceURI());
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    private static String x(Document doc, String path) throws Exception {
        String value = xpath().evaluate(path, doc);
        return value.endsWith(".0") && path.startsWith("count(") ? value.substring(0, value.length() - 2) : value;
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "p".equals(prefix) ? SepaCreditTransferFile.NAMESPACE : null;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return xpath;
    }
}
