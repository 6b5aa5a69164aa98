package coop.essaim.payroll.internal.document;

import coop.essaim.api.money.Money;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The month's net pay as a SEPA credit transfer initiation, ISO 20022 {@code pain.001.001.09} (the version of the
 * EPC rulebook since November 2023), UTF-8: one group header with the number of transfers and their control sum,
 * one payment information block debiting the cooperative's account (SEPA service level, category purpose SALA,
 * batch booking so the statement shows one debit and no one's pay), then one transaction per employee.
 *
 * <p>Everything is checked before a byte is written; bad input throws a {@link SepaInputException} naming the
 * field ({@code transfers[1].iban}).
 */
public final class SepaCreditTransferFile {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    static final String EUR = "EUR";
    /** The largest amount of one SEPA transaction (EPC: 999,999,999.99). */
    private static final long MAX_MINOR = 99_999_999_999L;

    /** The cooperative, whose account pays; without a BIC the file says NOTPROVIDED, as the EPC allows. */
    public record Debtor(String name, String iban, String bic) {
    }

    /** One employee's net pay. */
    public record Transfer(String creditorName, String iban, String bic, Money amount, String endToEndId,
                           String remittance) {
    }

    public record Order(String messageId, OffsetDateTime creationTime, Debtor debtor, LocalDate executionDate,
                        List<Transfer> transfers) {
    }

    private record Checked(String name, String iban, String bic, Money amount, String endToEndId,
                           String remittance) {
    }

    public byte[] write(Order order) {
        Objects.requireNonNull(order, "order");
        String messageId = SepaText.id(order.messageId(), "messageId");
        if (order.creationTime() == null) {
            throw new SepaInputException("creationTime", "required");
        }
        if (order.executionDate() == null) {
            throw new SepaInputException("executionDate", "required");
        }
        if (order.executionDate().isBefore(order.creationTime().toLocalDate())) {
            throw new SepaInputException("executionDate", order.executionDate() + " is before the file's creation "
                    + order.creationTime().toLocalDate());
        }
        if (order.debtor() == null) {
            throw new SepaInputException("debtor", "required");
        }
        Checked debtor = new Checked(SepaText.required(order.debtor().name(), SepaText.NAME_LENGTH, "debtor.name"),
                Iban.check(order.debtor().iban(), "debtor.iban"), Iban.checkBic(order.debtor().bic(), "debtor.bic"),
                null, null, null);
        List<Checked> transfers = transfers(order.transfers());
        Money sum = Money.zero(Currency.getInstance(EUR));
        for (Checked t : transfers) {
            sum = sum.plus(t.amount());
        }
        try {
            return xml(order, messageId, debtor, transfers, sum);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the SEPA file " + messageId, e);
        }
    }

    private static List<Checked> transfers(List<Transfer> transfers) {
        if (transfers == null || transfers.isEmpty()) {
            throw new SepaInputException("transfers", "at least one transfer");
        }
        List<Checked> checked = new ArrayList<>(transfers.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < transfers.size(); i++) {
            String at = "transfers[" + i + "].";
            Transfer t = transfers.get(i);
            if (t == null) {
                throw new SepaInputException("transfers[" + i + "]", "required");
            }
            Money amount = t.amount();
            if (amount == null) {
                throw new SepaInputException(at + "amount", "required");
            }
            if (!amount.currency().getCurrencyCode().equals(EUR)) {
                throw new SepaInputException(at + "amount", "SEPA transfers are in EUR, not " + amount.currency());
            }
            if (!amount.isPositive()) {
                throw new SepaInputException(at + "amount", "must be above zero, not " + amount.toPlainString());
            }
            if (amount.minorUnits() > MAX_MINOR) {
                throw new SepaInputException(at + "amount", amount.toPlainString()
                        + " is above the SEPA maximum of 999999999.99");
            }
            String id = SepaText.id(t.endToEndId(), at + "endToEndId");
            if (!ids.add(id)) {
                throw new SepaInputException(at + "endToEndId", "'" + id + "' is already used by another transfer");
            }
            checked.add(new Checked(SepaText.required(t.creditorName(), SepaText.NAME_LENGTH, at + "creditorName"),
                    Iban.check(t.iban(), at + "iban"), Iban.checkBic(t.bic(), at + "bic"), amount, id,
                    SepaText.clean(t.remittance(), SepaText.REMITTANCE_LENGTH)));
        }
        return checked;
    }

    private static byte[] xml(Order order, String messageId, Checked debtor, List<Checked> transfers, Money sum)
            throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // the JDK's own writer, whichever StAX implementation a host's class path offers
        XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        Xml x = new Xml(w);
        w.writeStartDocument("UTF-8", "1.0");
        x.open("Document");
        w.writeDefaultNamespace(NAMESPACE);
        x.open("CstmrCdtTrfInitn");
        x.open("GrpHdr");
        x.leaf("MsgId", messageId);
        x.leaf("CreDtTm", order.creationTime().truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        x.leaf("NbOfTxs", Integer.toString(transfers.size()));
        x.leaf("CtrlSum", sum.toPlainString());
        x.open("InitgPty");
        x.leaf("Nm", debtor.name());
        x.close();
        x.close();
        x.open("PmtInf");
        x.leaf("PmtInfId", messageId);
        x.leaf("PmtMtd", "TRF");
        x.leaf("BtchBookg", "true");
        x.leaf("NbOfTxs", Integer.toString(transfers.size()));
        x.leaf("CtrlSum", sum.toPlainString());
        x.open("PmtTpInf");
        x.open("SvcLvl");
        x.leaf("Cd", "SEPA");
        x.close();
        x.open("CtgyPurp");
        x.leaf("Cd", "SALA");
        x.close();
        x.close();
        x.open("ReqdExctnDt");
        x.leaf("Dt", order.executionDate().toString());
        x.close();
        x.party("Dbtr", debtor.name());
        x.account("DbtrAcct", debtor.iban(), true);
        x.agent("DbtrAgt", debtor.bic(), true);
        x.leaf("ChrgBr", "SLEV");
        for (Checked t : transfers) {
            transaction(x, w, t);
        }
        x.close();
        x.close();
        x.close();
        w.writeEndDocument();
        w.close();
        out.write('\n');
        return out.toByteArray();
    }

    private static void transaction(Xml x, XMLStreamWriter w, Checked t) throws XMLStreamException {
        x.open("CdtTrfTxInf");
        x.open("PmtId");
        x.leaf("EndToEndId", t.endToEndId());
        x.close();
        x.open("Amt");
        x.indent();
        w.writeStartElement("InstdAmt");
        w.writeAttribute("Ccy", EUR);
        w.writeCharacters(t.amount().toPlainString());
        w.writeEndElement();
        x.close();
        x.agent("CdtrAgt", t.bic(), false);
        x.party("Cdtr", t.name());
        x.account("CdtrAcct", t.iban(), false);
        x.open("Purp");
        x.leaf("Cd", "SALA");
        x.close();
        if (!t.remittance().isEmpty()) {
            x.open("RmtInf");
            x.leaf("Ustrd", t.remittance());
            x.close();
        }
        x.close();
    }

    /** Writes indented elements, so a person can read the file the bank refused. */
    private static final class Xml {
        private final XMLStreamWriter w;
        private int depth;

        Xml(XMLStreamWriter w) {
            this.w = w;
        }

        void indent() throws XMLStreamException {
            w.writeCharacters("\n" + "  ".repeat(depth));
        }

        void open(String name) throws XMLStreamException {
            indent();
            w.writeStartElement(name);
            depth++;
        }

        void close() throws XMLStreamException {
            depth--;
            indent();
            w.writeEndElement();
        }

        void leaf(String name, String text) throws XMLStreamException {
            indent();
            w.writeStartElement(name);
            w.writeCharacters(text);
            w.writeEndElement();
        }

        void party(String element, String name) throws XMLStreamException {
            open(element);
            leaf("Nm", name);
            close();
        }

        void account(String element, String iban, boolean withCurrency) throws XMLStreamException {
            open(element);
            open("Id");
            leaf("IBAN", iban);
            close();
            if (withCurrency) {
                leaf("Ccy", EUR);
            }
            close();
        }

        /** The bank by its BIC; without one the debtor's agent is NOTPROVIDED and the creditor's left out. */
        void agent(String element, String bic, boolean required) throws XMLStreamException {
            if (bic == null && !required) {
                return;
            }
            open(element);
            open("FinInstnId");
            if (bic != null) {
                leaf("BICFI", bic);
            } else {
                open("Othr");
                leaf("Id", "NOTPROVIDED");
                close();
            }
            close();
            close();
        }
    }
}
