package coop.essaim.kernel.ledger.journal;

import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.EntryQuery;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.JournalExport;
import coop.essaim.api.ledger.JournalFormat;
import coop.essaim.api.ledger.JournalImport;
import coop.essaim.api.ledger.JournalImportException;
import coop.essaim.api.ledger.JournalImportResult;
import coop.essaim.api.ledger.JournalProblem;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.Side;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalImportTest {

    @RegisterExtension
    static final JournalFixture f = new JournalFixture();

    JournalImportResult load(UserContext user, String text) throws IOException {
        return f.journals.importJournal(user, new JournalImport(user.cooperativeId(), "test.journal", "test"),
                new StringReader(text));
    }

    List<JournalProblem> problems(UserContext user, String text) {
        return assertThrows(JournalImportException.class, () -> load(user, text)).problems();
    }

    @Test
    void readsTheCommonSubsetOfHledgerAndLedgerJournals() throws IOException {
        Map<String, Long> ids = f.activities(f.admin, SampleBooks.CODES);
        String text = """
                ; an hledger file from another tool
                # with both kinds of comments
                account 411000
                    ; a subdirective, ignored
                commodity 1 000,00 €

                comment
                anything here, 2026-13-45 is not read
                end comment

                2026/03/02 * (F-12) Facture Dupont  ; journal:SALES
                    ; piece-date:2026-03-01
                    411000:couture       € 1 440,00  ; third-party:C-DUPONT, lettering:AB
                    706000:COUTURE        -1200,00 €
                    445710:COUTURE
                2026-03-05 ! Frais de structure
                    * 601000          EUR 12.5
                    512000            -12.50 EUR
                    706000:BOIS       0 EUR
                """;
        JournalImportResult result = load(f.admin, text);
        assertEquals(new JournalImportResult(2, 2, 0, 5), result);
        List<ValidatedEntry> entries = f.ledger.entries(f.admin, EntryQuery.all(f.admin.cooperativeId()));
        ValidatedEntry sale = entries.get(0);
        assertEquals("SALES-2026-000001", sale.reference());
        assertEquals("F-12", sale.pieceReference());
        assertEquals(LocalDate.of(2026, 3, 1), sale.pieceDate());
        assertEquals("Facture Dupont", sale.label());
        assertEquals(List.of(
                new PostingLine("411000", ids.get("COUTURE"), Side.DEBIT, Money.of(144000, "EUR"), "C-DUPONT", "AB"),
                new PostingLine("706000", ids.get("COUTURE"), Side.CREDIT, Money.of(120000, "EUR"), null, null),
                new PostingLine("445710", ids.get("COUTURE"), Side.CREDIT, Money.of(24000, "EUR"), null, null)),
                sale.lines());
        ValidatedEntry costs = entries.get(1);
        assertEquals("MISC-2026-000001", costs.reference());
        assertEquals(List.of(PostingLine.debit("601000", ids.get("STRUCTURE"), Money.of(1250, "EUR")),
                PostingLine.credit("512000", ids.get("STRUCTURE"), Money.of(1250, "EUR"))), costs.lines());
    }

    @Test
    void aFileWithBadTransactionsReportsEveryBadLineAndPostsNothing() {
        f.activities(f.admin, SampleBooks.CODES);
        String text = String.join("\n",
                "2026-03-02 Bonne transaction",          // 1
                "    411000:COUTURE  100.00 EUR",        // 2
                "    706000:COUTURE",                    // 3
                "",                                      // 4
                "2026-03-03 Compte inconnu",             // 5
                "    999999:COUTURE  10.00 EUR",         // 6
                "    706000:INCONNUE  -10.00 EUR",       // 7
                "2026-02-30 Date impossible",            // 8
                "    411000  1.00 EUR",                  // 9
                "    706000",                            // 10
                "2026-03-04 Déséquilibrée",              // 11
                "    411000:BOIS  10.00 EUR",            // 12
                "    706000:BOIS  -9.99 EUR",            // 13
                "2026-03-05 Montants illisibles",        // 14
                "    411000:BOIS  dix euros",            // 15
                "    706000:BOIS  -1.001 EUR",           // 16
                "    445710:BOIS  5 XYZ",                // 17
                "2026-03-06 Deux montants omis",         // 18
                "    411000:BOIS",                       // 19
                "    706000:BOIS",                       // 20
                "    445710:BOIS  1.00 EUR",             // 21
                "    512000:BOIS  1 EUR @ 1 USD",        // 22
                "include other.journal",                 // 23
                "2026-03-07 Journal inconnu  ; journal:ventes", // 24
                "    411000:BOIS  1.00 EUR",             // 25
                "    706000:BOIS",                       // 26
                "2026-03-08 Bonne aussi",                // 27
                "    411000:BOIS  1.00 EUR",             // 28
                "    706000:BOIS",                       // 29
                "");
        List<JournalProblem> problems = problems(f.admin, text);
        assertEquals(List.of(6, 7, 8, 11, 15, 16, 17, 20, 22, 23, 24),
                problems.stream().map(JournalProblem::line).toList(), problems.toString());
        assertTrue(problems.get(0).message().contains("999999"), problems.get(0).message());
        assertTrue(problems.get(1).message().contains("« INCONNUE »"), problems.get(1).message());
        assertTrue(problems.get(3).message().startsWith("L’écriture n’est pas équilibrée en EUR"), problems.get(3).message());
        assertEquals(0, f.core.rows("LEDGER_ENTRY"));
        assertEquals(0, f.core.rows("LEDGER_NUMBERING"));
    }

    @Test
    void problemsAreInTheUsersLanguageAndAClosedPeriodIsNamed() {
        UserContext other = f.core.otherCooperative();
        f.activities(other, SampleBooks.CODES);
        f.ledger.closePeriod(other, YearMonth.of(2026, 2));
        List<JournalProblem> problems = problems(other, """
                2026-02-27 Too late
                    411000:BOIS  1.00 EUR
                    706000:BOIS
                2026-03-01 Unknown
                    411000  1.00 EUR
                    706000:NOPE
                """);
        assertEquals(List.of(new JournalProblem(1, "This date is in a closed period (closed through February 28, 2026)."),
                new JournalProblem(6, "Activity 'NOPE' is unknown: expected the analytic code of one of the"
                        + " cooperative's activities.")), problems);
    }

    @Test
    void withoutAStructureActivityAPostingMustNameItsActivity() {
        f.activities(f.admin, "COUTURE");
        // a cooperative whose books were set up by hand, without the structure it is founded with
        f.core.store.run(em -> em.createNativeQuery("DELETE FROM ACTIVITY WHERE ANALYTIC_CODE = 'STRUCTURE'")
                .executeUpdate());
        List<JournalProblem> problems = problems(f.admin, "2026-03-02 Frais\n    601000  1.00 EUR\n    512000:COUTURE\n");
        assertEquals(1, problems.size());
        assertEquals(2, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("STRUCTURE"), problems.get(0).message());
    }

    @Test
    void numbersStayGaplessAndTheChainIntactAroundABatchLargerThanAChunk() throws IOException {
        Map<String, Long> ids = f.activities(f.admin, SampleBooks.CODES);
        long coop = f.admin.cooperativeId();
        f.ledger.post(f.admin, new EntryDraft(coop, JournalCode.SALES, LocalDate.of(2026, 3, 1), null, null, "Avant",
                List.of(PostingLine.debit("411000", ids.get("BOIS"), Money.of(100, "EUR")),
                        PostingLine.credit("706000", ids.get("BOIS"), Money.of(100, "EUR"))), "before"));
        StringBuilder text = new StringBuilder();
        int count = 1200; // more than two chunks of the batch
        for (int i = 0; i < count; i++) {
            text.append("2026-03-02 Vente ").append(i).append("  ; journal:SALES\n    411000:BOIS  ")
                    .append(i + 1).append(".00 EUR\n    706000:BOIS\n");
        }
        text.append("2026-03-02 Divers\n    601000:BOIS  1 EUR\n    512000:BOIS\n");
        assertEquals(new JournalImportResult(count + 1, count + 1, 0, 2L * (count + 1)), load(f.admin, text.toString()));
        ValidatedEntry after = f.ledger.post(f.admin, new EntryDraft(coop, JournalCode.SALES, LocalDate.of(2026, 3, 3),
                null, null, "Après", List.of(PostingLine.debit("411000", ids.get("BOIS"), Money.of(100, "EUR")),
                PostingLine.credit("706000", ids.get("BOIS"), Money.of(100, "EUR"))), "after"));
        assertEquals(count + 2, after.number(), "the batch's numbers are followed by the next post's");
        assertEquals(1, f.ledger.entries(f.admin, new EntryQuery(coop, JournalCode.MISC, null, null, null, null, 0, 10))
                .get(0).number());
        List<Long> numbers = f.core.store.read(em -> em.createQuery("select e.number from LedgerEntry e"
                + " where e.journalCode = 'SALES' order by e.number", Long.class).getResultList());
        for (int i = 0; i < numbers.size(); i++) {
            assertEquals(i + 1, numbers.get(i));
        }
        var chain = f.ledger.verifyChain(f.admin, coop);
        assertTrue(chain.intact(), chain.toString());
        assertEquals(count + 3, chain.entriesChecked());
        assertTrue(f.core.rows("AUDIT_EVENT") > 0);
        String audit = f.core.store.read(em -> em.createQuery("select a.detail from AuditEvent a where a.action"
                + " = 'core.ledger.import'", String.class).getSingleResult());
        assertEquals("journal test.journal via test: 1201 entries posted (chain 2-1202), 0 already present", audit);
    }

    @Test
    void importNeedsThePostPermissionAndExportTheWholeBooks() {
        f.activities(f.admin, SampleBooks.CODES);
        UserContext adviser = f.core.user(f.admin, "karim", CoreRoles.ADVISER);
        UserContext entrepreneur = f.core.user(f.admin, "jeanne", CoreRoles.ENTREPRENEUR);
        UserContext other = f.core.otherCooperative();
        String text = "2026-03-02 Vente\n    411000:BOIS  1 EUR\n    706000:BOIS\n";
        assertThrows(AccessDeniedException.class, () -> load(adviser, text));
        assertThrows(AccessDeniedException.class, () -> load(entrepreneur, text));
        assertThrows(AccessDeniedException.class, () -> f.journals.importJournal(other,
                new JournalImport(f.admin.cooperativeId(), "x", "test"), new StringReader(text)));
        assertEquals(0, f.core.rows("LEDGER_ENTRY"));
        StringWriter out = new StringWriter();
        assertThrows(AccessDeniedException.class, () -> f.journals.export(entrepreneur,
                JournalExport.all(f.admin.cooperativeId(), JournalFormat.HLEDGER), out));
        assertEquals("", out.toString(), "nothing is written before the refusal");
        assertThrows(AccessDeniedException.class, () -> f.journals.export(other,
                JournalExport.all(f.admin.cooperativeId(), JournalFormat.CSV), out));
    }

    @Test
    void amountsAddingUpBeyondWhatAnAccountHoldsAreAProblemOfTheirLine() {
        // found by JournalImportFuzzTest: the sum overflowed a long and the import failed with an ArithmeticException
        f.activities(f.admin, SampleBooks.CODES);
        List<JournalProblem> problems = problems(f.admin, """
                2026-03-02 Vente
                    411000:BOIS   92233720368547758.07 EUR
                    411000:BOIS   92233720368547758.07 EUR
                    706000:BOIS
                """);
        assertEquals(List.of(3), problems.stream().map(JournalProblem::line).toList());
        assertTrue(problems.get(0).message().contains("ce qu’un compte peut contenir"), problems.toString());
        assertEquals(0, f.core.rows("LEDGER_ENTRY"));
    }
}
