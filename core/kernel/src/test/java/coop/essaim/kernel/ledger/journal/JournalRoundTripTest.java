package coop.essaim.kernel.ledger.journal;

import coop.essaim.api.ledger.Balance;
import coop.essaim.api.ledger.BalanceQuery;
import coop.essaim.api.ledger.EntryQuery;
import coop.essaim.api.ledger.JournalExport;
import coop.essaim.api.ledger.JournalFormat;
import coop.essaim.api.ledger.JournalImport;
import coop.essaim.api.ledger.JournalImportResult;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.security.UserContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalRoundTripTest {

    @RegisterExtension
    static final JournalFixture f = new JournalFixture();

    String export(UserContext user, JournalFormat format) throws IOException {
        StringWriter out = new StringWriter();
        f.journals.export(user, JournalExport.all(user.cooperativeId(), format), out);
        return out.toString();
    }

    JournalImportResult load(UserContext user, String text) throws IOException {
        return f.journals.importJournal(user, new JournalImport(user.cooperativeId(), "test.journal", "test"),
                new StringReader(text));
    }

    /** Balances keyed "account:activity code" (or the account alone), in minor units, zeros left out. */
    static Map<String, Long> balances(JournalFixture f, UserContext user, BalanceQuery.Grouping by) {
        Map<Long, String> codes = f.core.store.read(em -> em.createQuery("select a.id, a.analyticCode from Activity a"
                + " where a.cooperativeId = :c", Object[].class).setParameter("c", user.cooperativeId()).getResultList()
                .stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1])));
        Map<String, Long> out = new TreeMap<>();
        for (Balance b : f.ledger.balances(user, new BalanceQuery(user.cooperativeId(), null, null, by, null))) {
            String key = (b.accountCode() == null ? "" : b.accountCode())
                    + (b.activityId() == null ? "" : (b.accountCode() == null ? "" : ":") + codes.get(b.activityId()));
            if (!b.balance().isZero()) {
                out.put(key, b.balance().minorUnits());
            }
        }
        return out;
    }

    @Test
    void anExportImportedIntoAnotherCooperativeGivesTheSameBalancesByAccountAndActivity() throws IOException {
        int posted = SampleBooks.post(f.ledger, f.admin, f.activities(f.admin, SampleBooks.CODES));
        String journal = export(f.admin, JournalFormat.HLEDGER);
        assertTrue(journal.contains("account 706000  ; type:R"), journal);
        assertTrue(journal.contains("    ; reverses:PURCHASES-2026-000001"), journal);
        assertTrue(journal.matches("(?s).*\\n    411000:COUTURE {2,}1440\\.00 EUR\\n.*"), journal);
        assertTrue(journal.matches("(?s).*\\n    706000:COUTURE {2,}-1200\\.00 EUR\\n.*"), journal);
        assertTrue(journal.contains("Facture F-2025001, client, Dupont"), "no ';' left in a description");

        UserContext other = f.core.otherCooperative();
        f.activities(other, SampleBooks.CODES);
        JournalImportResult result = load(other, journal);
        assertEquals(new JournalImportResult(posted, posted, 0, 36), result);
        assertEquals(balances(f, f.admin, BalanceQuery.Grouping.ACCOUNT_AND_ACTIVITY),
                balances(f, other, BalanceQuery.Grouping.ACCOUNT_AND_ACTIVITY));
        assertEquals(balances(f, f.admin, BalanceQuery.Grouping.ACCOUNT),
                balances(f, other, BalanceQuery.Grouping.ACCOUNT));
        assertTrue(f.ledger.verifyChain(other, other.cooperativeId()).intact());

        ValidatedEntry first = f.ledger.entries(other, EntryQuery.all(other.cooperativeId())).get(0);
        assertEquals("SALES-2025-000001", first.reference());
        assertEquals("F-2025001", first.pieceReference());
        assertEquals(LocalDate.of(2025, 11, 3), first.pieceDate());
        assertEquals("C-DUPONT", first.lines().get(0).thirdParty());
        assertEquals("L0", first.lines().get(0).lettering());
        assertTrue(first.idempotencyKey().startsWith(JournalImporter.KEY_PREFIX), first.idempotencyKey());
    }

    @Test
    void importingTheSameFileAgainPostsNothingNew() throws IOException {
        SampleBooks.post(f.ledger, f.admin, f.activities(f.admin, SampleBooks.CODES));
        String journal = export(f.admin, JournalFormat.HLEDGER);
        UserContext other = f.core.otherCooperative();
        f.activities(other, SampleBooks.CODES);
        JournalImportResult first = load(other, journal);
        long entries = f.core.rows("LEDGER_ENTRY");
        JournalImportResult again = load(other, journal);
        assertEquals(new JournalImportResult(first.transactions(), 0, first.transactions(), 0), again);
        assertEquals(entries, f.core.rows("LEDGER_ENTRY"));
        // a file with one transaction more posts only that one
        JournalImportResult extended = load(other, journal + "2026-03-01 Frais\n    601000:BOIS  10.00 EUR\n    512000:BOIS\n");
        assertEquals(1, extended.entriesPosted());
        assertEquals(first.transactions(), extended.alreadyPresent());
    }

    @Test
    void twoIdenticalTransactionsOfOneFileAreTwoEntries() throws IOException {
        f.activities(f.admin, SampleBooks.CODES);
        String twice = "2026-03-01 Abonnement\n    601000:BOIS  10.00 EUR\n    512000:BOIS\n\n"
                + "2026-03-01 Abonnement\n    601000:BOIS  10.00 EUR\n    512000:BOIS\n";
        assertEquals(2, load(f.admin, twice).entriesPosted());
        assertEquals(0, load(f.admin, twice).entriesPosted());
    }

    @Test
    void theCsvExportHasAHeaderAndOneRowPerPosting() throws IOException {
        SampleBooks.post(f.ledger, f.admin, f.activities(f.admin, SampleBooks.CODES));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(export(f.admin, JournalFormat.CSV))).getRecords();
        assertEquals(36, rows.size());
        CSVRecord sale = rows.get(0);
        assertEquals("SALES-2025-000001", sale.get("reference"));
        assertEquals("SALES", sale.get("journal"));
        assertEquals("2025-11-03", sale.get("date"));
        assertEquals("F-2025001", sale.get("piece_reference"));
        assertEquals("Facture F-2025001, client; Dupont", sale.get("label"));
        assertEquals("411000", sale.get("account"));
        assertEquals("COUTURE", sale.get("activity"));
        assertEquals("1440.00", sale.get("debit"));
        assertEquals("", sale.get("credit"));
        assertEquals("EUR", sale.get("currency"));
        assertEquals("C-DUPONT", sale.get("third_party"));
        assertEquals("L0", sale.get("lettering"));
        assertEquals("1200.00", rows.get(1).get("credit"));
    }

    @Test
    void anExportKeepsToItsDates() throws IOException {
        SampleBooks.post(f.ledger, f.admin, f.activities(f.admin, SampleBooks.CODES));
        StringWriter out = new StringWriter();
        long n = f.journals.export(f.admin, new JournalExport(f.admin.cooperativeId(), JournalFormat.HLEDGER,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)), out);
        assertEquals(3, n, out.toString()); // the purchase of 8 January, its reversal and the corrected purchase
        assertTrue(out.toString().contains("2026-01-08 * (PURCHASES-2026-000001) Achat tissu\n"), out.toString());
        assertTrue(!out.toString().contains("2026-02-01"), out.toString());
    }
}
