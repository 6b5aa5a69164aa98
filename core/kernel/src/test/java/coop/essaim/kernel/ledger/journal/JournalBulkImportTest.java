package coop.essaim.kernel.ledger.journal;

import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.JournalImport;
import coop.essaim.api.ledger.JournalImportException;
import coop.essaim.api.ledger.JournalImportResult;
import coop.essaim.api.ledger.JournalProblem;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import writes its rows with JDBC batches inside the batch's transaction, with ids from the sequences the
 * entities use: what it wrote must roll back with the transaction, and its ids never meet those of the entries
 * posted one at a time before or after it.
 */
class JournalBulkImportTest {

    @RegisterExtension
    static final JournalFixture f = new JournalFixture();

    /** More than two chunks of the batch, so some rows were already sent to the database when a later line fails. */
    private static final int COUNT = 1200;

    private static String sales(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("2026-03-02 Vente ").append(i).append("  ; journal:SALES\n    411000:BOIS  ")
                    .append(i + 1).append(".00 EUR\n    706000:BOIS\n    445710:BOIS  0 EUR\n");
        }
        return text.toString();
    }

    private JournalImportResult load(String text) throws IOException {
        return f.journals.importJournal(f.admin, new JournalImport(f.admin.cooperativeId(), "bulk.journal", "test"),
                new StringReader(text));
    }

    private EntryDraft draft(long activity, String key) {
        return new EntryDraft(f.admin.cooperativeId(), JournalCode.SALES, LocalDate.of(2026, 3, 1), null, null, key,
                List.of(PostingLine.debit("411000", activity, Money.of(100, "EUR")),
                        PostingLine.credit("706000", activity, Money.of(100, "EUR"))), key);
    }

    @Test
    void aBadLineAtTheEndOfALargeFileLeavesNoRow() {
        f.activities(f.admin, SampleBooks.CODES);
        String text = sales(COUNT) + "2026-03-03 Compte inconnu\n    999999:BOIS  1.00 EUR\n    706000:BOIS\n";
        int badLine = 4 * COUNT + 2;
        List<JournalProblem> problems = assertThrows(JournalImportException.class, () -> load(text)).problems();
        assertEquals(List.of(badLine), problems.stream().map(JournalProblem::line).toList(), problems.toString());
        assertEquals(0, f.core.rows("LEDGER_ENTRY"));
        assertEquals(0, f.core.rows("LEDGER_POSTING"));
        assertEquals(0, f.core.rows("LEDGER_NUMBERING"));
        var chain = f.ledger.verifyChain(f.admin, f.admin.cooperativeId());
        assertTrue(chain.intact(), chain.toString());
        assertEquals(0, chain.entriesChecked());
    }

    @Test
    void entriesPostedOneAtATimeAroundAnImportNeverShareItsIds() throws IOException {
        Map<String, Long> ids = f.activities(f.admin, SampleBooks.CODES);
        long bois = ids.get("BOIS");
        ValidatedEntry before = f.ledger.post(f.admin, draft(bois, "before"));
        assertEquals(new JournalImportResult(COUNT, COUNT, 0, 2L * COUNT), load(sales(COUNT)));
        ValidatedEntry after = f.ledger.post(f.admin, draft(bois, "after"));
        ValidatedEntry reversal = f.ledger.reverse(f.admin, before.id(), LocalDate.of(2026, 3, 4), null);

        long entries = COUNT + 3;
        assertEquals(entries, f.core.rows("LEDGER_ENTRY"));
        assertEquals(2 * entries, f.core.rows("LEDGER_POSTING"));
        assertEquals(entries, (long) f.core.store.read(em -> em.createQuery(
                "select count(distinct e.id) from LedgerEntry e", Long.class).getSingleResult()));
        assertEquals(2 * entries, (long) f.core.store.read(em -> em.createQuery(
                "select count(distinct p.id) from LedgerPosting p", Long.class).getSingleResult()));
        // each entry reads back its own lines: none was attached to an imported entry's id
        assertEquals(after.lines(), f.ledger.entry(f.admin, after.id()).orElseThrow().lines());
        assertEquals(before.id(), f.ledger.entry(f.admin, reversal.id()).orElseThrow().reversesEntryId());
        assertEquals(COUNT + 2, after.number());
        ValidatedEntry imported = f.ledger.entryByKey(f.admin, f.core.store.read(em -> em.createQuery(
                "select e.idempotencyKey from LedgerEntry e where e.label = 'Vente 7'", String.class)
                .getSingleResult())).orElseThrow();
        assertEquals(List.of(PostingLine.debit("411000", bois, Money.of(800, "EUR")),
                PostingLine.credit("706000", bois, Money.of(800, "EUR"))), imported.lines());
        assertEquals("SALES-2026-000009", imported.reference());
        var chain = f.ledger.verifyChain(f.admin, f.admin.cooperativeId());
        assertTrue(chain.intact(), chain.toString());
        assertEquals(entries, chain.entriesChecked());
    }
}
