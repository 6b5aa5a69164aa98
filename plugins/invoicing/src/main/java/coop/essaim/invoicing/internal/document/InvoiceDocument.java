package coop.essaim.invoicing.internal.document;

import coop.essaim.api.money.Money;
import coop.essaim.api.people.Address;
import coop.essaim.api.sales.DocumentMention;
import coop.essaim.api.sales.VatCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Everything a sales document shows, already computed: the renderer draws it and writes the e-invoice from it,
 * it never computes an amount itself, so the PDF, the Factur-X XML and the ledger always agree.
 *
 * <p>The activity's {@code brand} is what the customer knows and is shown prominently in the header; the
 * {@code seller} is the cooperative, the legal issuer, whose legal details go at the bottom of each page.
 *
 * <p>{@code deductedDeposits} are the deposit invoices whose amounts the document takes back as negative lines
 * (a balance invoice): the e-invoice names them as preceding invoices (BT-25) so the buyer can reconcile.
 */
public record InvoiceDocument(Kind kind, String number, LocalDate issueDate, LocalDate dueDate, LocalDate validUntil,
                              String precedingInvoiceNumber, LocalDate precedingInvoiceDate, Seller seller, Brand brand,
                              Buyer buyer,
                              List<Line> lines, List<VatTotal> vatTotals, Money totalExclVat, Money totalVat,
                              Money totalInclVat, Money prepaid, Money amountDue, String paymentTerms,
                              PaymentAccount payTo, List<DocumentMention> mentions, Locale locale,
                              List<InvoiceReference> deductedDeposits) {

    public InvoiceDocument {
        lines = List.copyOf(lines);
        vatTotals = List.copyOf(vatTotals);
        mentions = List.copyOf(mentions);
        deductedDeposits = deductedDeposits == null ? List.of() : List.copyOf(deductedDeposits);
    }

    /** A document that deducts no deposit. */
    public InvoiceDocument(Kind kind, String number, LocalDate issueDate, LocalDate dueDate, LocalDate validUntil,
                           String precedingInvoiceNumber, LocalDate precedingInvoiceDate, Seller seller, Brand brand,
                           Buyer buyer, List<Line> lines, List<VatTotal> vatTotals, Money totalExclVat,
                           Money totalVat, Money totalInclVat, Money prepaid, Money amountDue, String paymentTerms,
                           PaymentAccount payTo, List<DocumentMention> mentions, Locale locale) {
        this(kind, number, issueDate, dueDate, validUntil, precedingInvoiceNumber, precedingInvoiceDate, seller, brand,
                buyer, lines, vatTotals, totalExclVat, totalVat, totalInclVat, prepaid, amountDue, paymentTerms, payTo,
                mentions, locale, List.of());
    }

    /**
     * Without the date of the corrected invoice. A credit note should give it: the French rules (BR-FR-CO-05) want
     * the corrected invoice's number and date (BT-25, BT-26) in its Factur-X.
     */
    public InvoiceDocument(Kind kind, String number, LocalDate issueDate, LocalDate dueDate, LocalDate validUntil,
                           String precedingInvoiceNumber, Seller seller, Brand brand, Buyer buyer, List<Line> lines,
                           List<VatTotal> vatTotals, Money totalExclVat, Money totalVat, Money totalInclVat,
                           Money prepaid, Money amountDue, String paymentTerms, PaymentAccount payTo,
                           List<DocumentMention> mentions, Locale locale) {
        this(kind, number, issueDate, dueDate, validUntil, precedingInvoiceNumber, null, seller, brand, buyer, lines,
                vatTotals, totalExclVat, totalVat, totalInclVat, prepaid, amountDue, paymentTerms, payTo, mentions,
                locale);
    }

    /** The document kinds, with their UNTDID 1001 type code where the document is an e-invoice. */
    public enum Kind {
        QUOTE(null), INVOICE("380"), DEPOSIT_INVOICE("386"), CREDIT_NOTE("381");

        private final String typeCode;

        Kind(String typeCode) {
            this.typeCode = typeCode;
        }

        /** {@code null} for a quote, which is not an invoice and gets no Factur-X. */
        public String typeCode() {
            return typeCode;
        }
    }

    /** The cooperative: the legal issuer. {@code registrationNumber} is the SIREN/SIRET in France. */
    public record Seller(String legalName, String legalForm, String registrationNumber, String registrationOffice,
                         String vatNumber, Address address, String email, String phone, String website) {
    }

    /**
     * The activity as its customers know it: {@code name} is its brand (or its name without one), {@code logo} a
     * PNG or JPEG ({@code null} without one), {@code contact} the entrepreneur's name, e-mail and phone.
     */
    public record Brand(String name, String trade, byte[] logo, String logoContentType, String contactName,
                        String contactEmail, String contactPhone) {
    }

    /** The customer. {@code reference} is their order or purchase reference (BT-10), optional. */
    public record Buyer(String name, Address address, String vatNumber, String registrationNumber, String email,
                        String reference) {
    }

    /**
     * One line: {@code quantity} of {@code unitCode} (UN/ECE recommendation 20: {@code C62} one, {@code HUR}
     * hour, {@code DAY} day) at {@code unitPrice} excl. VAT, less {@code discountPercent} (0 when none), giving
     * {@code netAmount} excl. VAT, in VAT {@code category} at {@code vatPercent}.
     */
    public record Line(int position, String description, BigDecimal quantity, String unitCode, Money unitPrice,
                       BigDecimal discountPercent, Money netAmount, VatCategory category, BigDecimal vatPercent) {
    }

    /** VAT breakdown per category and rate; {@code exemptionNote} when no VAT is charged. */
    public record VatTotal(VatCategory category, BigDecimal percent, Money base, Money tax, String exemptionNote) {
    }

    /** Another invoice by its number and issue date. */
    public record InvoiceReference(String number, LocalDate issueDate) {
    }

    /** Where the customer pays: the cooperative's bank account. */
    public record PaymentAccount(String iban, String bic, String holder) {
    }
}
