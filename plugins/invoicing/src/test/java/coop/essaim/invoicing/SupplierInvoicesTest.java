package coop.essaim.invoicing;

import coop.essaim.api.ledger.ActivityAccount;
import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.Side;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.PaymentMethod;
import coop.essaim.invoicing.api.PurchaseLineDraft;
import coop.essaim.invoicing.api.Supplier;
import coop.essaim.invoicing.api.SupplierInvoice;
import coop.essaim.invoicing.api.SupplierInvoiceStatus;
import coop.essaim.invoicing.api.SupplierInvoices;
import coop.essaim.invoicing.api.SupplierPayment;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static coop.essaim.invoicing.InvoicingFixture.eur;
import static coop.essaim.invoicing.PurchaseFixture.draft;
import static coop.essaim.invoicing.PurchaseFixture.line;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jeanne's supplier invoices: typed and submitted by her, validated, posted and paid by accounting. */
class SupplierInvoicesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);
    private final PurchaseFixture purchases = new PurchaseFixture(fixture);

    /**
     * Worked by hand: fabric 250.00 at 20 % (VAT 50.00) and office supplies 12.35 at 5.5 % (12.35 × 0.055 =
     * 0.67925, rounded half up to 0.68): 262.35 excl. VAT, 50.68 VAT, 313.03 incl. VAT, paid 200.00 then 113.03.
     */
    @Test
    void aSupplierInvoiceIsPostedOnTheActivityAndPaidInTwoGoes() {
        UserContext jeanne = fixture.jeanne();
        UserContext compta = fixture.accountant();
        long activity = fixture.jeanneActivity();
        SupplierInvoices invoices = fixture.invoicing().supplierInvoices();
        LocalDate from = LocalDate.now().withDayOfYear(1);
        ActivityAccount before = accounts(compta, activity, from);
        Supplier mercerie = purchases.supplier(jeanne, activity, "Mercerie Lyonnaise");

        SupplierInvoice submitted = purchases.submitted(jeanne, activity, mercerie, "F-2026-118",
                line("606000", "Tissus lin", "250.00", "FR-20"), line("606400", "Étiquettes", "12.35", "FR-5.5"));
        assertEquals(eur("262.35"), submitted.totalExclVat());
        assertEquals(eur("50.68"), submitted.totalVat());
        assertEquals(eur("313.03"), submitted.totalInclVat());
        assertArrayEquals(PurchaseFixture.PDF, invoices.receipt(compta, submitted.id()).orElseThrow().content());
        assertThrows(AccessDeniedException.class, () -> invoices.validate(jeanne, submitted.id()),
                "entrepreneurs do not validate purchases");

        SupplierInvoice validated = invoices.validate(compta, submitted.id());
        assertEquals(SupplierInvoiceStatus.VALIDATED, validated.status());
        Ledger ledger = essaim.service(Ledger.class);
        List<PostingLine> entry = ledger.entry(compta, validated.ledgerEntryId()).orElseThrow().lines();
        assertTrue(entry.contains(PostingLine.debit("606000", activity, eur("250.00"))), entry.toString());
        assertTrue(entry.contains(PostingLine.debit("606400", activity, eur("12.35"))), entry.toString());
        assertTrue(entry.contains(PostingLine.debit("445660", activity, eur("50.68"))), entry.toString());
        assertTrue(entry.contains(PostingLine.credit("401000", activity, eur("313.03"))
                .withThirdParty("S" + mercerie.id()).withLettering(validated.reference())), entry.toString());

        SupplierPayment first = invoices.pay(compta, validated.id(), LocalDate.now(), eur("200.00"),
                PaymentMethod.TRANSFER, "VIR 1");
        SupplierInvoice partly = invoices.find(jeanne, validated.id()).orElseThrow();
        assertEquals(SupplierInvoiceStatus.VALIDATED, partly.status());
        assertEquals(eur("113.03"), partly.outstanding());
        ValidationException over = assertThrows(ValidationException.class, () -> invoices.pay(compta,
                validated.id(), LocalDate.now(), eur("113.04"), PaymentMethod.TRANSFER, null));
        assertEquals("amount", over.errors().get(0).field());
        SupplierPayment second = invoices.pay(compta, validated.id(), LocalDate.now(), eur("113.03"),
                PaymentMethod.CHEQUE, "Chèque 7");
        assertEquals(SupplierInvoiceStatus.PAID, invoices.find(jeanne, validated.id()).orElseThrow().status());
        assertEquals(2, invoices.payments(jeanne, validated.id()).size());
        assertThrows(ValidationException.class, () -> invoices.pay(compta, validated.id(), LocalDate.now(),
                eur("0.01"), PaymentMethod.TRANSFER, null));

        long lettered = 0;
        for (long id : List.of(validated.ledgerEntryId(), first.ledgerEntryId(), second.ledgerEntryId())) {
            for (PostingLine l : ledger.entry(compta, id).orElseThrow().lines()) {
                if (l.accountCode().equals("401000") && validated.reference().equals(l.lettering())) {
                    lettered += l.side() == Side.DEBIT ? l.amount().minorUnits() : -l.amount().minorUnits();
                }
            }
        }
        assertEquals(0, lettered, "the supplier's lettered lines net to zero once paid");
        ActivityAccount after = accounts(compta, activity, from);
        assertEquals(eur("262.35"), after.expenses().minus(before.expenses()), "expenses excl. VAT");
        assertEquals(eur("313.03"), before.treasury().minus(after.treasury()), "what was paid");
    }

    @Test
    void aDuplicateNumberALateEditABadReceiptAndAnEmptyRefusalAreRefused() {
        UserContext jeanne = fixture.jeanne();
        UserContext compta = fixture.accountant();
        long activity = fixture.jeanneActivity();
        SupplierInvoices invoices = fixture.invoicing().supplierInvoices();
        Supplier papeterie = purchases.supplier(jeanne, activity, "Papeterie du Rhône");
        PurchaseLineDraft paper = line("606400", "Ramettes", "40.00", "FR-20");
        SupplierInvoice first = invoices.create(jeanne, activity, draft(papeterie, "A 001", paper));

        ValidationException duplicate = assertThrows(ValidationException.class,
                () -> invoices.create(jeanne, activity, draft(papeterie, "a-001", paper)));
        assertEquals("supplierNumber", duplicate.errors().get(0).field());
        assertTrue(duplicate.getMessage().contains("Papeterie du Rhône"), duplicate.getMessage());
        Supplier other = purchases.supplier(jeanne, activity, "Papeterie Concurrente");
        invoices.create(jeanne, activity, draft(other, "A 001", paper)); // another supplier may use the same number

        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
        ValidationException badFile = assertThrows(ValidationException.class,
                () -> invoices.attachReceipt(jeanne, first.id(), "facture.pdf", svg));
        assertEquals("receipt", badFile.errors().get(0).field());
        assertFalse(invoices.find(jeanne, first.id()).orElseThrow().hasReceipt(), "nothing stored");
        assertEquals("receipt", assertThrows(ValidationException.class, () -> invoices.submit(jeanne, first.id()))
                .errors().get(0).field());

        invoices.attachReceipt(jeanne, first.id(), "facture.pdf", PurchaseFixture.PDF);
        invoices.submit(jeanne, first.id());
        assertEquals("status", assertThrows(ValidationException.class, () -> invoices.change(jeanne, first.id(),
                draft(papeterie, "A 001", paper, paper))).errors().get(0).field());
        assertThrows(ValidationException.class, () -> invoices.attachReceipt(jeanne, first.id(), "b.pdf",
                PurchaseFixture.PDF));
        assertThrows(ValidationException.class, () -> invoices.delete(jeanne, first.id()));
        assertThrows(AccessDeniedException.class, () -> invoices.refuse(jeanne, first.id(), "non"));
        assertEquals("reason", assertThrows(ValidationException.class, () -> invoices.refuse(compta, first.id(), " "))
                .errors().get(0).field());

        SupplierInvoice refused = invoices.refuse(compta, first.id(), "Le montant HT ne correspond pas au PDF");
        assertEquals(SupplierInvoiceStatus.DRAFT, refused.status());
        assertEquals("Le montant HT ne correspond pas au PDF", refused.refusalReason());
        SupplierInvoice corrected = invoices.change(jeanne, first.id(), draft(papeterie, "A 001",
                line("606400", "Ramettes", "45.00", "FR-20")));
        assertEquals(eur("54.00"), corrected.totalInclVat());
        assertNull(invoices.submit(jeanne, first.id()).refusalReason());

        List<String> fields = new ArrayList<>();
        assertThrows(ValidationException.class, () -> invoices.create(jeanne, activity,
                new coop.essaim.invoicing.api.SupplierInvoiceDraft(papeterie.id(), " ", LocalDate.now().plusDays(1),
                        LocalDate.now(), List.of(new PurchaseLineDraft("641000", "Salaire", eur("-1.00"), "XX", null)))))
                .errors().forEach(e -> fields.add(e.field()));
        assertEquals(List.of("supplierNumber", "invoiceDate", "dueDate", "lines[0].accountCode", "lines[0].net",
                "lines[0].vatCode"), fields);
    }

    @Test
    void anEntrepreneurNeitherReadsNorWritesAnotherActivitysPurchases() {
        UserContext jeanne = fixture.jeanne();
        UserContext compta = fixture.accountant();
        SupplierInvoices invoices = fixture.invoicing().supplierInvoices();
        Supplier theirs = purchases.supplier(compta, fixture.otherActivity(), "Fournisseur d’un autre");
        SupplierInvoice invoice = invoices.create(compta, fixture.otherActivity(), draft(theirs, "X-1",
                line("604000", "Étude", "100.00", "FR-20")));
        Supplier mine = purchases.supplier(jeanne, fixture.jeanneActivity(), "Mon fournisseur");

        assertTrue(invoices.find(jeanne, invoice.id()).isEmpty());
        assertTrue(invoices.receipt(jeanne, invoice.id()).isEmpty());
        assertTrue(fixture.invoicing().suppliers().find(jeanne, theirs.id()).isEmpty());
        assertThrows(ValidationException.class, () -> invoices.of(jeanne, fixture.otherActivity(), null, null));
        assertThrows(ValidationException.class, () -> invoices.create(jeanne, fixture.otherActivity(),
                draft(mine, "Y-1", line("604000", "Étude", "100.00", "FR-20"))));
        assertEquals("supplierId", assertThrows(ValidationException.class, () -> invoices.create(jeanne,
                fixture.jeanneActivity(), draft(theirs, "Y-2", line("604000", "Étude", "1.00", null))))
                .errors().get(0).field());
        assertThrows(ValidationException.class, () -> invoices.change(jeanne, invoice.id(), draft(mine, "Y-3",
                line("604000", "Étude", "1.00", null))));
        assertThrows(ValidationException.class, () -> invoices.delete(jeanne, invoice.id()));
        assertThrows(ValidationException.class, () -> fixture.invoicing().suppliers().create(jeanne,
                fixture.otherActivity(), new coop.essaim.invoicing.api.SupplierDetails("X", null, null, null, null,
                        null)));
        assertEquals(1, invoices.of(compta, fixture.otherActivity(), SupplierInvoiceStatus.DRAFT, null).stream()
                .filter(i -> i.id() == invoice.id()).count());
    }

    @Test
    void theDemoActivitiesHavePaidPurchasesOneUnpaidAndOneAwaitingValidation() {
        UserContext compta = fixture.accountant();
        List<SupplierInvoice> demo = fixture.invoicing().supplierInvoices().of(compta, fixture.otherActivity(), null,
                null).stream().filter(i -> i.createdBy().equals("compta") && i.supplierNumber().startsWith("F"))
                .toList();
        assertEquals(4, demo.size(), demo.toString());
        assertEquals(2, demo.stream().filter(i -> i.status() == SupplierInvoiceStatus.PAID).count());
        assertEquals(1, demo.stream().filter(i -> i.status() == SupplierInvoiceStatus.SUBMITTED).count());
        assertEquals(1, demo.stream().filter(i -> i.isOverdueOn(LocalDate.now())).count(), "one waits for payment");
        assertTrue(demo.stream().allMatch(SupplierInvoice::hasReceipt));
        assertTrue(fixture.invoicing().suppliers().list(compta, fixture.jeanneActivity()).stream()
                .noneMatch(s -> s.details().email() != null && s.details().email().endsWith("@demo.example")),
                "Jeanne's books stay those of the domain guide");
    }

    private static ActivityAccount accounts(UserContext actor, long activity, LocalDate from) {
        return essaim.service(ActivityAccounts.class).account(actor, activity, from, LocalDate.now());
    }
}
