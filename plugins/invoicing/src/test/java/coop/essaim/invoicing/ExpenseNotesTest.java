package coop.essaim.invoicing;

import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.Side;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.ExpenseLineDraft;
import coop.essaim.invoicing.api.ExpenseNote;
import coop.essaim.invoicing.api.ExpenseNotes;
import coop.essaim.invoicing.api.ExpenseStatus;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import static coop.essaim.invoicing.InvoicingFixture.eur;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jeanne's expense notes: receipts checked from their content, validation posts, reimbursement settles. */
class ExpenseNotesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit();

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);

    @Test
    void anExpenseNoteIsValidatedOnTheActivityThenReimbursed() {
        UserContext jeanne = fixture.jeanne();
        UserContext compta = fixture.accountant();
        long activity = fixture.jeanneActivity();
        ExpenseNotes notes = fixture.invoicing().expenses();
        LocalDate from = LocalDate.now().withDayOfYear(1);
        var before = essaim.service(ActivityAccounts.class).account(compta, activity, from, LocalDate.now());

        long id = notes.create(jeanne, activity, "Salon des métiers d’art").id();
        notes.addLine(jeanne, id, new ExpenseLineDraft(LocalDate.now(), "625100", "Train Lyon–Paris",
                eur("96.00"), eur("8.73")), "billet.pdf", PDF);
        ExpenseNote note = notes.addLine(jeanne, id, new ExpenseLineDraft(LocalDate.now(), "606000", "Fils et aiguilles",
                eur("24.00"), eur("4.00")), null, null);
        assertEquals(eur("120.00"), note.total());
        assertArrayEquals(PDF, notes.receipt(compta, note.id(), note.lines().get(0).receiptId()).orElseThrow()
                .content());
        assertThrows(AccessDeniedException.class, () -> notes.validate(jeanne, id));
        notes.submit(jeanne, id);
        ExpenseNote validated = notes.validate(compta, id);

        var entry = essaim.service(Ledger.class).entry(compta, validated.ledgerEntryId()).orElseThrow();
        long claims = entry.lines().stream().filter(l -> l.accountCode().equals("421000") && l.side() == Side.CREDIT)
                .mapToLong(l -> l.amount().minorUnits()).sum();
        assertEquals(12_000, claims);
        assertTrue(entry.lines().stream().anyMatch(l -> l.accountCode().equals("445660")
                && l.amount().equals(eur("12.73"))));
        var after = essaim.service(ActivityAccounts.class).account(compta, activity, from, LocalDate.now());
        assertEquals(eur("107.27"), after.expenses().minus(before.expenses()), "expenses excl. VAT");

        ExpenseNote paid = notes.reimburse(compta, id, LocalDate.now());
        assertEquals(ExpenseStatus.REIMBURSED, paid.status());
        var atTheEnd = essaim.service(ActivityAccounts.class).account(compta, activity, from, LocalDate.now());
        assertEquals(eur("120.00"), before.treasury().minus(atTheEnd.treasury()));
    }

    @Test
    void aReceiptTooBigOrOfAnotherKindIsRefusedAndNothingIsStored() {
        UserContext jeanne = fixture.jeanne();
        ExpenseNotes notes = fixture.invoicing().expenses();
        ExpenseNote note = notes.create(jeanne, fixture.jeanneActivity(), "Déplacements");
        ExpenseLineDraft taxi = new ExpenseLineDraft(LocalDate.now(), "625100", "Taxi", eur("30.00"), eur("2.73"));
        byte[] big = Arrays.copyOf(PDF, ExpenseNotes.MAX_RECEIPT_BYTES + 1);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);

        ValidationException tooBig = assertThrows(ValidationException.class,
                () -> notes.addLine(jeanne, note.id(), taxi, "recu.pdf", big));
        ValidationException wrongType = assertThrows(ValidationException.class,
                () -> notes.addLine(jeanne, note.id(), taxi, "recu.pdf", svg));
        assertEquals("receipt", tooBig.errors().get(0).field());
        assertEquals("receipt", wrongType.errors().get(0).field());
        assertTrue(wrongType.getMessage().contains("PDF, PNG ou JPEG"), wrongType.getMessage());
        assertTrue(notes.find(jeanne, note.id()).orElseThrow().lines().isEmpty());
        assertEquals("line.vat", assertThrows(ValidationException.class, () -> notes.addLine(jeanne, note.id(),
                new ExpenseLineDraft(LocalDate.now(), "625100", "Taxi", eur("30.00"), eur("30.00")), null, null))
                .errors().get(0).field());
        assertEquals("line.accountCode", assertThrows(ValidationException.class, () -> notes.addLine(jeanne,
                note.id(), new ExpenseLineDraft(LocalDate.now(), "641000", "Salaire", eur("30.00"), eur("0.00")),
                null, null)).errors().get(0).field());
        assertThrows(ValidationException.class, () -> notes.create(jeanne, fixture.otherActivity(), "Pas à moi"));
    }
}
