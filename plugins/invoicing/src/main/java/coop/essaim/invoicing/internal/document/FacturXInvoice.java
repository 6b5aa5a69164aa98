package coop.essaim.invoicing.internal.document;

import coop.essaim.api.people.Address;
import coop.essaim.api.sales.DocumentMention;
import coop.essaim.api.sales.VatCategory;
import org.mustangproject.Allowance;
import org.mustangproject.BankDetails;
import org.mustangproject.Contact;
import org.mustangproject.IncludedNote;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.LegalOrganisation;
import org.mustangproject.Product;
import org.mustangproject.ReferencedDocument;
import org.mustangproject.SubjectCode;
import org.mustangproject.TradeParty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * The Mustang invoice model of a document. Mustang computes every amount of the XML from the lines itself, so the
 * lines are given in the form that makes it arrive at the document's amounts: the unit price as it is, and a
 * discount as a line allowance of exactly the difference between quantity times price (rounded to the cent) and
 * the document's net amount. {@link FacturXAgreement} then checks the result; nothing here computes a total.
 *
 * <p>A deposit taken back on a balance invoice is a line of negative quantity at the deposit's VAT rate (EN 16931
 * allows negative quantities and line amounts, never a negative price, BR-27): the French use case "facture
 * définitive après acompte, reprise des lignes d'acompte". The totals and the VAT per rate are then net of the
 * deposit, as the document and the ledger state them (VAT collected once, on the deposit invoice and the rest),
 * rather than the whole supply less a paid amount (BT-113) whose VAT would count the deposit's twice. Each
 * deducted deposit invoice is named as a preceding invoice (BT-25, BT-26).
 */
final class FacturXInvoice {

    /** UNTDID 5189 allowance reason code 95: discount. */
    static final String DISCOUNT_REASON = "95";

    private FacturXInvoice() {
    }

    static Invoice of(InvoiceDocument d, DocumentText text) {
        Invoice invoice = new Invoice()
                .setDocumentCode(d.kind().typeCode())
                .setNumber(d.number())
                .setIssueDate(date(d.issueDate()))
                .setCurrency(d.totalInclVat().currency().getCurrencyCode())
                .setSender(seller(d))
                .setRecipient(buyer(d.buyer()));
        if (d.dueDate() != null) {
            invoice.setDueDate(date(d.dueDate()));
        }
        // without a description Mustang writes a German default sentence of its own
        invoice.setPaymentTermDescription(d.paymentTerms() != null && !d.paymentTerms().isBlank() ? d.paymentTerms()
                : d.dueDate() != null ? text.text("dueDate") + " " + text.date(d.dueDate()) : text.text("payment"));
        if (present(d.buyer().reference())) {
            invoice.setReferenceNumber(d.buyer().reference());
        }
        if (d.precedingInvoiceNumber() != null) {
            invoice.addInvoiceReferencedDocument(reference(d.precedingInvoiceNumber(), d.precedingInvoiceDate()));
        }
        for (InvoiceDocument.InvoiceReference deposit : d.deductedDeposits()) {
            invoice.addInvoiceReferencedDocument(reference(deposit.number(), deposit.issueDate()));
        }
        if (d.prepaid() != null && !d.prepaid().isZero()) {
            invoice.setTotalPrepaidAmount(d.prepaid().toDecimal());
        }
        List<IncludedNote> notes = new ArrayList<>();
        for (DocumentMention mention : d.mentions()) {
            if (mention.subjectCode() != null) {
                notes.add(new IncludedNote(mention.text(), subject(mention.subjectCode())));
            }
        }
        if (!notes.isEmpty()) {
            invoice.setNotesWithSubjectCode(notes);
        }
        for (InvoiceDocument.Line line : d.lines()) {
            invoice.addItem(item(line, exemptionNote(d, line), text));
        }
        return invoice;
    }

    private static Item item(InvoiceDocument.Line line, String exemptionNote, DocumentText text) {
        if (line.unitPrice().isNegative()) {
            throw new FacturXException("line " + line.position() + ": EN 16931 forbids a negative unit price (BR-27);"
                    + " a line takes back with a negative quantity");
        }
        String description = line.description() == null ? "" : line.description().strip();
        String name = description.lines().findFirst().orElse(description);
        Product product = new Product(name, description.equals(name) ? null : description, line.unitCode(),
                line.vatPercent()).setTaxCategoryCode(line.category().code());
        if (exemptionNote != null) {
            product.setTaxExemptionReason(exemptionNote);
        }
        BigDecimal price = line.unitPrice().toDecimal();
        Item item = new Item(product, price, line.quantity()).setId(Integer.toString(line.position()));
        BigDecimal gross = line.quantity().multiply(price).setScale(2, RoundingMode.HALF_UP);
        BigDecimal allowance = gross.subtract(line.netAmount().toDecimal());
        if (line.quantity().signum() < 0 && allowance.signum() != 0) {
            // an allowance takes off: on a negative line it would have to add, which EN 16931 cannot say
            throw new FacturXException("line " + line.position() + ": a negative line states no discount, its net"
                    + " amount " + line.netAmount() + " must be quantity times unit price (" + gross + ")");
        }
        if (allowance.signum() < 0) {
            throw new FacturXException("line " + line.position() + ": net amount " + line.netAmount()
                    + " exceeds quantity times unit price (" + gross + ")");
        }
        boolean discounted = line.discountPercent() != null && line.discountPercent().signum() != 0;
        if (allowance.signum() > 0 && !discounted) {
            throw new FacturXException("line " + line.position() + ": net amount " + line.netAmount()
                    + " differs from quantity times unit price (" + gross + ") without a discount");
        }
        if (allowance.signum() > 0) {
            Allowance discount = new Allowance(allowance);
            discount.setReason(text.text("line.discount") + " " + text.percent(line.discountPercent()));
            discount.setReasonCode(DISCOUNT_REASON);
            item.addAllowance(discount);
        }
        return item;
    }

    /** EN 16931 wants the reason of every category that charges no VAT (BR-E-10, BR-AE-10, BR-O-10...). */
    private static String exemptionNote(InvoiceDocument d, InvoiceDocument.Line line) {
        if (line.category() == VatCategory.STANDARD || line.category() == VatCategory.ZERO) {
            return null;
        }
        return d.vatTotals().stream()
                .filter(t -> t.category() == line.category() && t.percent().compareTo(line.vatPercent()) == 0)
                .map(InvoiceDocument.VatTotal::exemptionNote).filter(FacturXInvoice::present).findFirst()
                .orElseThrow(() -> new FacturXException("line " + line.position() + ": VAT category "
                        + line.category() + " needs its exemption note in the VAT breakdown"));
    }

    private static TradeParty seller(InvoiceDocument d) {
        InvoiceDocument.Seller s = d.seller();
        TradeParty party = party(s.legalName(), s.address(), "seller");
        if (present(s.vatNumber())) {
            party.setVATID(s.vatNumber().strip());
        }
        if (present(s.registrationNumber())) {
            LegalOrganisation legal = legal(s.registrationNumber(), s.address().country());
            if (present(d.brand().name()) && !d.brand().name().strip().equals(s.legalName().strip())) {
                legal.setTradingBusinessName(d.brand().name().strip());
            }
            party.setLegalOrganisation(legal);
        }
        if (present(s.email())) {
            party.setEmail(s.email().strip());
        }
        InvoiceDocument.Brand brand = d.brand();
        if (present(brand.contactName()) || present(brand.contactEmail()) || present(brand.contactPhone())) {
            party.setContact(new Contact(blankToNull(brand.contactName()), blankToNull(brand.contactPhone()),
                    blankToNull(brand.contactEmail())));
        }
        InvoiceDocument.PaymentAccount account = d.payTo();
        if (account != null && present(account.iban())) {
            BankDetails bank = new BankDetails(account.iban().replace(" ", ""), blankToNull(account.bic()));
            if (present(account.holder())) {
                bank.setAccountName(account.holder());
            }
            party.addBankDetails(bank);
        }
        return party;
    }

    private static TradeParty buyer(InvoiceDocument.Buyer b) {
        TradeParty party = party(b.name(), b.address(), "buyer");
        if (present(b.vatNumber())) {
            party.setVATID(b.vatNumber().strip());
        }
        if (present(b.registrationNumber())) {
            party.setLegalOrganisation(legal(b.registrationNumber(), b.address().country()));
        }
        if (present(b.email())) {
            party.setEmail(b.email().strip());
        }
        return party;
    }

    private static TradeParty party(String name, Address address, String role) {
        if (!present(name)) {
            throw new FacturXException(role + ".name: an e-invoice names the " + role);
        }
        if (address == null || !present(address.country())) {
            throw new FacturXException(role + ".address.country: an e-invoice states the " + role + "'s country");
        }
        List<String> street = address.street() == null ? List.of() : address.street().strip().lines().toList();
        TradeParty party = new TradeParty(name.strip(), street.isEmpty() ? null : street.get(0),
                blankToNull(address.postalCode()), blankToNull(address.city()),
                address.country().strip().toUpperCase(Locale.ROOT));
        if (street.size() > 1) {
            party.setAdditionalAddress(String.join(", ", street.subList(1, street.size())));
        }
        return party;
    }

    /**
     * In France the legal registration is the SIREN under ISO 6523 scheme 0002 (BR-FR-10): a SIRET (14 digits) is
     * the SIREN followed by the establishment's number, so its first nine digits are the SIREN.
     */
    private static LegalOrganisation legal(String number, String country) {
        String id = number.replace(" ", "");
        if ("FR".equalsIgnoreCase(country) && id.matches("\\d{9}|\\d{14}")) {
            return new LegalOrganisation(id.substring(0, 9), "0002");
        }
        return new LegalOrganisation(id);
    }

    private static SubjectCode subject(String code) {
        try {
            return SubjectCode.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FacturXException("mention subject code '" + code + "' is not a UNTDID 4451 code Factur-X knows", e);
        }
    }

    private static ReferencedDocument reference(String number, LocalDate issued) {
        return issued == null ? new ReferencedDocument(number) : new ReferencedDocument(number, date(issued));
    }

    private static Date date(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static String blankToNull(String value) {
        return present(value) ? value.strip() : null;
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
