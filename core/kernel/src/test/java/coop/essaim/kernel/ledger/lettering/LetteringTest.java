package coop.essaim.kernel.ledger.lettering;

import coop.essaim.api.ledger.ChainVerification;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.GeneralLedger;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.JournalExport;
import coop.essaim.api.ledger.JournalFormat;
import coop.essaim.api.ledger.Letter;
import coop.essaim.api.ledger.LetterSuggestion;
import coop.essaim.api.ledger.LetteringQuery;
import coop.essaim.api.ledger.OpenPosting;
import coop.essaim.api.ledger.OpenPostings;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.ReportQuery;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.ledger.LedgerFixture;
import coop.essaim.kernel.ledger.LedgerScan;
import coop.essaim.kernel.ledger.journal.KernelLedgerJournals;
import coop.essaim.kernel.ledger.report.KernelLedgerReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lettering over books worked by hand (the fixture's French test chart, EUR): Jeanne invoices C-DUPONT 1,200.00
 * incl. VAT on 2 March 2026 (411000 debit 1,200.00; 706000 credit 1,000.00; 445710 credit 200.00), who pays
 * 500.00 on 10 March and 700.00 on 20 March (512000 debit, 411000 credit): the three 411000 postings balance.
 */
class LetteringTest {

    @RegisterExtension
    static final LedgerFixture f = new LedgerFixture();

    /** The fixture's activities. */
    static final long STRUCTURE = LedgerFixture.STRUCTURE;
    static final long JEANNE = LedgerFixture.JEANNE;

    private static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }

    private ValidatedEntry post(String key, JournalCode journal, String date, String piece, List<PostingLine> lines) {
        LocalDate d = LocalDate.parse(date);
        return f.ledger.post(f.admin, new EntryDraft(f.admin.cooperativeId(), journal, d, piece, d, "Pièce " + key,
                lines, "lettering-test:" + key));
    }

    /** A sale on 411000 to {@code client}: debit the client, credit the turnover. */
    private ValidatedEntry invoice(String key, String date, String piece, String client, long cents) {
        return post(key, JournalCode.SALES, date, piece, List.of(
                PostingLine.debit("411000", JEANNE, eur(cents)).withThirdParty(client),
                PostingLine.credit("706000", JEANNE, eur(cents))));
    }

    /** A payment from {@code client}: debit the bank, credit 411000. */
    private ValidatedEntry payment(String key, String date, String piece, String client, long cents) {
        return post(key, JournalCode.BANK, date, piece, List.of(
                PostingLine.debit("512000", JEANNE, eur(cents)),
                PostingLine.credit("411000", JEANNE, eur(cents)).withThirdParty(client)));
    }

    /** The id of the posting on 411000 of {@code entry}. */
    private long receivable(ValidatedEntry entry) {
        return open("411000").postings().stream().filter(p -> p.entryId() == entry.id()).findFirst()
                .orElseThrow().postingId();
    }

    private OpenPostings open(String account) {
        return f.lettering.open(f.admin, LetteringQuery.of(account));
    }

    private ValidatedEntry[] duPont() {
        ValidatedEntry inv = post("inv", JournalCode.SALES, "2026-03-02", "F-100", List.of(
                PostingLine.debit("411000", JEANNE, eur(120_000)).withThirdParty("C-DUPONT"),
                PostingLine.credit("706000", JEANNE, eur(100_000)),
                PostingLine.credit("445710", JEANNE, eur(20_000))));
        return new ValidatedEntry[] {inv, payment("pay1", "2026-03-10", "VIR-1", "C-DUPONT", 50_000),
                payment("pay2", "2026-03-20", "VIR-2", "C-DUPONT", 70_000)};
    }

    private static ValidationException refused(Runnable call) {
        return assertThrows(ValidationException.class, call::run);
    }

    @Test
    void lettersAnInvoiceWithItsTwoPartPaymentsAndShowsTheCodeWhereTheLedgerShowsLettering() throws IOException {
        ValidatedEntry[] e = duPont();
        OpenPostings before = open("411000");
        assertEquals(3, before.count());
        assertEquals(List.of("SALES-2026-000001", "BANK-2026-000001", "BANK-2026-000002"),
                before.postings().stream().map(OpenPosting::entryReference).toList());
        assertEquals(eur(120_000), before.totals().get(0).debit());
        assertEquals(eur(120_000), before.totals().get(0).credit());
        assertEquals("F-100", before.postings().get(0).pieceReference());
        assertEquals("C-DUPONT", before.postings().get(0).thirdParty());

        List<Long> ids = before.postings().stream().map(OpenPosting::postingId).toList();
        Letter letter = f.lettering.letter(f.admin, ids);
        assertEquals("AA", letter.code());
        assertEquals("411000", letter.accountCode());
        assertEquals(LocalDate.of(2026, 3, 2), letter.letteredOn());
        assertEquals(f.admin.login(), letter.letteredBy());
        assertEquals(ids, letter.postings().stream().map(OpenPosting::postingId).toList());
        assertEquals(0, open("411000").count());
        assertTrue(open("411000").postings().isEmpty());

        // the entry shows the effective code on its 411000 line only; the hash is the one it was posted with
        ValidatedEntry read = f.ledger.entry(f.admin, e[0].id()).orElseThrow();
        assertEquals("AA", read.lines().get(0).lettering());
        assertNull(read.lines().get(1).lettering());
        assertEquals(e[0].hash(), read.hash());
        List<Letter> groups = f.lettering.lettered(f.admin, "411000", 0, 10);
        assertEquals(List.of("AA"), groups.stream().map(Letter::code).toList());
        assertEquals(3, groups.get(0).postings().size());

        KernelLedgerReports reports = new KernelLedgerReports(f.core.store, f.core.core.cooperatives(),
                f.core.registry, u -> Set.of());
        GeneralLedger gl = reports.generalLedger(f.admin, ReportQuery.period(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)).ofAccount("411000"), 0, 100);
        assertEquals(List.of("AA", "AA", "AA"), gl.accounts().get(0).lines().stream()
                .map(GeneralLedger.Line::lettering).toList());

        KernelLedgerJournals journals = new KernelLedgerJournals(f.core.store, f.core.core.cooperatives(), f.ledger,
                new LedgerScan(f.core.store, f.core.registry, u -> Set.of()));
        StringWriter hledger = new StringWriter();
        journals.export(f.admin, JournalExport.all(f.admin.cooperativeId(), JournalFormat.HLEDGER), hledger);
        assertEquals(3, hledger.toString().split("; lettering:AA\n", -1).length - 1, hledger.toString());
        StringWriter csv = new StringWriter();
        journals.export(f.admin, JournalExport.all(f.admin.cooperativeId(), JournalFormat.CSV), csv);
        assertTrue(csv.toString().contains(",411000,COUTURE,1200.00,,EUR,C-DUPONT,AA\r\n"), csv.toString());

        ChainVerification chain = f.ledger.verifyChain(f.admin, f.admin.cooperativeId());
        assertTrue(chain.intact(), String.valueOf(chain));
        assertEquals(3, chain.entriesChecked());
    }

    @Test
    void refusesWhatDoesNotSettleNamingThePosting() {
        ValidatedEntry[] e = duPont();
        long inv = receivable(e[0]);
        long pay1 = receivable(e[1]);
        long bank = f.lettering.open(f.admin, LetteringQuery.of("512000")).postings().get(0).postingId();
        ValidatedEntry mad = post("mad", JournalCode.SALES, "2026-03-05", "F-MAD", List.of(
                PostingLine.debit("411000", JEANNE, Money.of(50_000, "MAD")).withThirdParty("C-DUPONT"),
                PostingLine.credit("706000", JEANNE, Money.of(50_000, "MAD"))));
        long madPosting = receivable(mad);

        ValidationException one = refused(() -> f.lettering.letter(f.admin, List.of(inv)));
        assertEquals("postingIds", one.errors().get(0).field());
        assertEquals("Choisissez au moins deux écritures à lettrer ensemble.", one.errors().get(0).message());

        ValidationException unbalanced = refused(() -> f.lettering.letter(f.admin, List.of(inv, pay1)));
        assertEquals("postingIds", unbalanced.errors().get(0).field());
        assertTrue(unbalanced.errors().get(0).message().startsWith("Les écritures ne s’équilibrent pas : débits 1"),
                unbalanced.getMessage());

        ValidationException accounts = refused(() -> f.lettering.letter(f.admin, List.of(inv, pay1, bank)));
        assertEquals("postingIds[2]", accounts.errors().get(0).field());
        assertEquals("Cette écriture est au compte 512000, la première au compte 411000 : lettrez ensemble les"
                + " écritures d’un seul compte.", accounts.errors().get(0).message());

        ValidationException currencies = refused(() -> f.lettering.letter(f.admin, List.of(inv, madPosting)));
        assertEquals("postingIds[1]", currencies.errors().get(0).field());
        assertTrue(currencies.errors().get(0).message().startsWith("Cette écriture est en MAD, la première en EUR"));

        ValidationException twice = refused(() -> f.lettering.letter(f.admin, List.of(inv, pay1, inv)));
        assertEquals("postingIds[2]", twice.errors().get(0).field());

        UserContext other = f.core.otherCooperative();
        ValidationException elsewhere = refused(() -> f.lettering.letter(other, List.of(inv, pay1)));
        assertEquals(List.of("postingIds[0]", "postingIds[1]"), elsewhere.errors().stream()
                .map(ValidationException.FieldError::field).toList());
        assertEquals("This posting does not exist.", elsewhere.errors().get(0).message());

        assertEquals(0, f.core.rows("LEDGER_LETTERING"));
        assertEquals(4, open("411000").count());
    }

    @Test
    void anEntrepreneurReadsHerOwnOpenPostingsButMayNotLetter() {
        ValidatedEntry[] e = duPont();
        post("structure", JournalCode.SALES, "2026-03-03", "F-S", List.of(
                PostingLine.debit("411000", STRUCTURE, eur(9_000)).withThirdParty("C-X"),
                PostingLine.credit("706000", STRUCTURE, eur(9_000))));
        UserContext jeanne = f.core.user(f.admin, "jeanne", CoreRoles.ENTREPRENEUR);
        f.activities.put(jeanne.userId(), Set.of(JEANNE));
        OpenPostings hers = f.lettering.open(jeanne, LetteringQuery.of("411000"));
        assertEquals(3, hers.count());
        assertTrue(hers.postings().stream().allMatch(p -> p.activityId() == JEANNE));
        assertEquals(4, open("411000").count());
        List<Long> ids = hers.postings().stream().map(OpenPosting::postingId).toList();
        assertThrows(AccessDeniedException.class, () -> f.lettering.letter(jeanne, ids));
        assertThrows(AccessDeniedException.class, () -> f.lettering.suggestions(jeanne, "411000"));
        assertThrows(AccessDeniedException.class, () -> f.lettering.unletter(jeanne, "411000", "AA"));
        assertThrows(AccessDeniedException.class, () -> f.lettering.lettered(jeanne, "411000", 0, 10));
        assertEquals(0, f.core.rows("LEDGER_LETTERING"));
        assertEquals(e.length, 3);
    }

    @Test
    void codesFollowEachOtherSkipPostTimeCodesAndComeBackAfterUnlettering() {
        ValidatedEntry[] e = duPont();
        long inv = receivable(e[0]);
        Letter aa = f.lettering.letter(f.admin, List.of(inv, receivable(e[1]), receivable(e[2])));
        assertEquals("AA", aa.code());
        // an entry posted with code "ab" on 411000 (an import from other books): AB is taken, whatever its case
        post("imported", JournalCode.MISC, "2026-03-21", "IMP-1", List.of(
                PostingLine.debit("411000", JEANNE, eur(1_000)).withThirdParty("C-OLD").withLettering("ab"),
                PostingLine.credit("411000", JEANNE, eur(1_000)).withThirdParty("C-OLD").withLettering("ab")));
        ValidatedEntry inv2 = invoice("inv2", "2026-03-22", "F-101", "C-MARTIN", 30_000);
        ValidatedEntry pay3 = payment("pay3", "2026-03-25", "VIR-3", "C-MARTIN", 30_000);
        Letter ac = f.lettering.letter(f.admin, List.of(receivable(inv2), receivable(pay3)));
        assertEquals("AC", ac.code());

        // a post-time code is part of the signed entry
        ValidationException signed = refused(() -> f.lettering.unletter(f.admin, "411000", "ab"));
        assertEquals("code", signed.errors().get(0).field());
        assertEquals("Le code ab du compte 411000 a été donné à la saisie de l’écriture : il fait partie de"
                + " l’écriture signée et ne peut pas être défait.", signed.errors().get(0).message());
        assertEquals("code", refused(() -> f.lettering.unletter(f.admin, "411000", "ZZ")).errors().get(0).field());
        assertEquals("accountCode", refused(() -> f.lettering.unletter(f.admin, "999999", "AA"))
                .errors().get(0).field());

        // the imported postings are lettered already, at post time
        long imported = f.core.store.read(em -> em.createQuery("select p.id from LedgerPosting p"
                + " where p.lettering = 'ab' order by p.id", Long.class).getResultList().get(0));
        ValidationException already = refused(() -> f.lettering.letter(f.admin, List.of(inv, imported)));
        assertEquals(List.of("postingIds[0]", "postingIds[1]"), already.errors().stream()
                .map(ValidationException.FieldError::field).toList());
        assertEquals("Cette écriture est déjà lettrée (AA).", already.errors().get(0).message());
        assertEquals("Cette écriture est déjà lettrée (ab).", already.errors().get(1).message());

        f.lettering.unletter(f.admin, "411000", "AC");
        assertEquals(2, open("411000").count());
        assertNull(f.ledger.entry(f.admin, inv2.id()).orElseThrow().lines().get(0).lettering());
        assertEquals(List.of("AA"), f.lettering.lettered(f.admin, "411000", 0, 10).stream().map(Letter::code)
                .toList());
        assertTrue(f.core.core.audit().recent(f.admin, 5).stream().anyMatch(a -> a.action()
                .equals("core.ledger.unletter") && a.detail().contains("code AC")));
        // the code after the highest held (AA) is AB, taken at post time: AC again
        assertEquals("AC", f.lettering.letter(f.admin, List.of(receivable(inv2), receivable(pay3))).code());
        f.lettering.unletter(f.admin, "411000", "aa");
        ChainVerification chain = f.ledger.verifyChain(f.admin, f.admin.cooperativeId());
        assertTrue(chain.intact(), String.valueOf(chain));
        assertEquals(6, chain.entriesChecked());
    }

    @Test
    void twoAccountantsLetteringTheSamePostingAtOnceOneWinsTheOtherIsRefusedWholly() throws Exception {
        ValidatedEntry[] e = duPont();
        List<Long> all = List.of(receivable(e[0]), receivable(e[1]), receivable(e[2]));
        ValidatedEntry inv2 = invoice("inv2", "2026-03-22", "F-101", "C-DUPONT", 50_000);
        List<Long> other = List.of(receivable(inv2), receivable(e[1]));
        UserContext compta = f.core.user(f.admin, "compta", CoreRoles.ACCOUNTANT);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> f.lettering.letter(f.admin, all));
            var second = pool.submit(() -> f.lettering.letter(compta, other));
            int won = 0;
            int refused = 0;
            for (var future : List.of(first, second)) {
                try {
                    future.get();
                    won++;
                } catch (java.util.concurrent.ExecutionException ex) {
                    assertTrue(ex.getCause() instanceof ValidationException, String.valueOf(ex.getCause()));
                    assertTrue(((ValidationException) ex.getCause()).errors().get(0).field().startsWith("postingIds"));
                    refused++;
                }
            }
            assertEquals(1, won);
            assertEquals(1, refused);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, f.core.rows("LEDGER_LETTERING"));
        long rows = f.core.rows("LEDGER_LETTERING_POSTING");
        assertTrue(rows == 3 || rows == 2, "one whole match: " + rows);
    }

    @Test
    void theCodeAfterZzHasThreeLetters() {
        assertEquals("AB", LetterCodes.successor("AA"));
        assertEquals("BA", LetterCodes.successor("AZ"));
        assertEquals("AAA", LetterCodes.successor("ZZ"));
        assertEquals("ABA", LetterCodes.successor("AAZ"));
    }

    @Test
    void suggestsByPieceThenByAmountAndLettersNothing() {
        // C-MARTIN's invoice F-200 and its payment under the same piece reference
        invoice("m1", "2026-03-02", "F-200", "C-MARTIN", 30_000);
        payment("m2", "2026-03-12", "F-200", "C-MARTIN", 30_000);
        // C-DURAND's invoice of 450.00 and a transfer of 450.00 under the bank's reference; a second invoice unpaid
        invoice("d1", "2026-03-04", "F-201", "C-DURAND", 45_000);
        invoice("d2", "2026-03-05", "F-202", "C-DURAND", 99_900);
        payment("d3", "2026-03-15", "VIR-9", "C-DURAND", 45_000);
        // the same amount from another client settles nothing of C-DURAND's
        payment("x1", "2026-03-16", "VIR-10", "C-AUTRE", 99_900);

        List<LetterSuggestion> s = f.lettering.suggestions(f.admin, "411000");
        assertEquals(2, s.size(), String.valueOf(s));
        assertEquals(LetterSuggestion.Reason.PIECE, s.get(0).reason());
        assertEquals("F-200", s.get(0).pieceReference());
        assertEquals("C-MARTIN", s.get(0).thirdParty());
        assertEquals(2, s.get(0).postings().size());
        assertEquals(LetterSuggestion.Reason.AMOUNT, s.get(1).reason());
        assertEquals("C-DURAND", s.get(1).thirdParty());
        assertEquals(List.of("F-201", "VIR-9"), s.get(1).postings().stream().map(OpenPosting::pieceReference)
                .toList());
        assertEquals(0, f.core.rows("LEDGER_LETTERING"));
        assertEquals(6, open("411000").count());

        assertEquals("AA", f.lettering.letter(f.admin, s.get(1).postingIds()).code());
        assertEquals(List.of(LetterSuggestion.Reason.PIECE), f.lettering.suggestions(f.admin, "411000").stream()
                .map(LetterSuggestion::reason).toList());
    }
}
