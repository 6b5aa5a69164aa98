package coop.essaim.invoicing;

import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.BankDebits;
import coop.essaim.invoicing.api.BankLine;
import coop.essaim.invoicing.api.ExpenseLineDraft;
import coop.essaim.invoicing.api.ExpenseNote;
import coop.essaim.invoicing.api.ExpenseNotes;
import coop.essaim.invoicing.api.ExpenseStatus;
import coop.essaim.invoicing.api.SupplierInvoice;
import coop.essaim.invoicing.api.SupplierInvoiceStatus;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static coop.essaim.invoicing.InvoicingFixture.eur;
import static coop.essaim.invoicing.PurchaseFixture.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The statement's debits matched to the supplier invoices and expense notes they pay. */
class BankDebitsTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);
    private final PurchaseFixture purchases = new PurchaseFixture(fixture);

    @Test
    void aDebitPaysTheSupplierInvoiceItQuotesAndAnotherReimbursesAnExpenseNote() {
        UserContext compta = fixture.accountant();
        UserContext jeanne = fixture.jeanne();
        long activity = fixture.jeanneActivity();
        SupplierInvoice invoice = purchases.validated(jeanne, activity, purchases.supplier(jeanne, activity,
                "Tissages Croix-Rousse"), "TX-778", line("606000", "Soie", "100.00", "FR-20"));
        ExpenseNotes notes = fixture.invoicing().expenses();
        long noteId = notes.create(jeanne, activity, "Salon de Paris").id();
        notes.addLine(jeanne, noteId, new ExpenseLineDraft(LocalDate.now(), "625100", "Train", eur("87.40"),
                eur("7.95")), "billet.pdf", PurchaseFixture.PDF);
        notes.submit(jeanne, noteId);
        notes.validate(compta, noteId);
        String today = LocalDate.now().toString();
        String csv = "Date;Libellé;Montant\n" + today + ";PRLV SEPA TISSAGES CROIX ROUSSE FACT TX-778;-50,00\n"
                + today + ";VIR REMBOURSEMENT FRAIS JEANNE MARTIN;-87,40\n" + today + ";VIR CLIENT DEBITS;10,00\n";
        fixture.invoicing().bank().importStatement(compta, "debits.csv", csv.getBytes(StandardCharsets.UTF_8));
        BankDebits debits = fixture.invoicing().bankDebits();
        BankLine toSupplier = debits.unmatched(compta).stream().filter(l -> l.label().contains("TX-778"))
                .findFirst().orElseThrow();
        BankLine toJeanne = debits.unmatched(compta).stream().filter(l -> l.label().contains("JEANNE MARTIN"))
                .findFirst().orElseThrow();
        assertTrue(debits.unmatched(compta).stream().allMatch(l -> l.amount().isNegative()));

        var best = debits.suggestions(compta, toSupplier.id()).get(0);
        assertEquals(invoice.id(), best.supplierInvoice().id());
        assertEquals(7, best.score(), "number and name, not the amount (a part payment): " + best.reasons());
        var match = debits.confirmSupplierInvoice(compta, toSupplier.id(), invoice.id());
        assertEquals(invoice.id(), match.supplierInvoiceId());
        SupplierInvoice partly = fixture.invoicing().supplierInvoices().find(compta, invoice.id()).orElseThrow();
        assertEquals(eur("70.00"), partly.outstanding());
        assertEquals(SupplierInvoiceStatus.VALIDATED, partly.status());
        assertEquals(match.supplierPaymentId(), fixture.invoicing().supplierInvoices().payments(compta, invoice.id())
                .get(0).id());
        assertThrows(ValidationException.class, () -> debits.confirmSupplierInvoice(compta, toSupplier.id(),
                invoice.id()), "a line is matched once");

        var note = debits.suggestions(compta, toJeanne.id()).stream().filter(s -> s.expenseNote() != null)
                .filter(s -> s.expenseNote().id() == noteId).findFirst().orElseThrow();
        assertNull(note.supplierInvoice());
        assertEquals(5, note.score(), "total and member's name: " + note.reasons());
        var treasury = essaim.service(ActivityAccounts.class).account(compta, activity, LocalDate.now(),
                LocalDate.now()).treasury();
        assertEquals("expenseNoteId", assertThrows(ValidationException.class, () -> debits.confirmExpenseNote(
                compta, toJeanne.id(), noteOfAnotherAmount(jeanne)))
                .errors().get(0).field());
        debits.confirmExpenseNote(compta, toJeanne.id(), noteId);
        ExpenseNote reimbursed = notes.find(compta, noteId).orElseThrow();
        assertEquals(ExpenseStatus.REIMBURSED, reimbursed.status());
        assertEquals(eur("87.40"), treasury.minus(essaim.service(ActivityAccounts.class).account(compta, activity,
                LocalDate.now(), LocalDate.now()).treasury()));
        assertTrue(debits.unmatched(compta).stream().noneMatch(l -> l.id() == toJeanne.id() || l.id() == toSupplier.id()));
        assertTrue(debits.suggestions(compta, toJeanne.id()).isEmpty());
        assertThrows(AccessDeniedException.class, () -> debits.unmatched(jeanne));
    }

    /** A validated note whose total is not the debit's. */
    private long noteOfAnotherAmount(UserContext jeanne) {
        ExpenseNotes notes = fixture.invoicing().expenses();
        long id = notes.create(jeanne, fixture.jeanneActivity(), "Autre").id();
        notes.addLine(jeanne, id, new ExpenseLineDraft(LocalDate.now(), "625100", "Taxi", eur("12.00"), eur("1.09")),
                null, null);
        notes.submit(jeanne, id);
        return notes.validate(fixture.accountant(), id).id();
    }
}
