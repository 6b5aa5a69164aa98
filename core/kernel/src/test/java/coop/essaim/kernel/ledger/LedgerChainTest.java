package coop.essaim.kernel.ledger;

import coop.essaim.api.ledger.ChainVerification;
import coop.essaim.api.ledger.EntryQuery;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.ValidatedEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hash chain and numbering under concurrency, checked against the database itself. */
class LedgerChainTest {

    @RegisterExtension
    static final LedgerFixture f = new LedgerFixture();

    private List<ValidatedEntry> postFive() {
        List<ValidatedEntry> out = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            out.add(f.ledger.post(f.admin, KernelLedgerTest.sale(f.admin.cooperativeId(), "c-" + i,
                    LocalDate.of(2026, 3, i), KernelLedgerTest.JEANNE, 1000L * i)));
        }
        return out;
    }

    private void jdbc(String sql, Object... args) throws SQLException {
        DataSource ds = f.core.db.dataSource();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            assertEquals(1, s.executeUpdate(), sql);
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    @Test
    void anIntactChainVerifies() {
        postFive();
        ChainVerification v = f.ledger.verifyChain(f.admin, f.admin.cooperativeId());
        assertTrue(v.intact(), String.valueOf(v));
        assertEquals(5, v.entriesChecked());
    }

    @Test
    void anAlteredLabelIsNamed() throws SQLException {
        ValidatedEntry third = postFive().get(2);
        jdbc("UPDATE LEDGER_ENTRY SET ENTRY_LABEL = ? WHERE ID = ?", "Facture falsifiée", third.id());
        ChainVerification v = f.ledger.verifyChain(f.admin, f.admin.cooperativeId());
        assertFalse(v.intact());
        assertEquals(third.id(), v.firstBrokenEntryId());
        assertEquals("SALES-2026-000003", v.firstBrokenReference());
        assertEquals(2, v.entriesChecked());
        assertEquals("Le contenu de cette écriture ne correspond plus à son empreinte.", v.reason());
    }

    @Test
    void anAlteredAmountIsNamed() throws SQLException {
        ValidatedEntry fourth = postFive().get(3);
        jdbc("UPDATE LEDGER_POSTING SET DEBIT_MINOR = 1 WHERE ENTRY_ID = ? AND LINE_NO = 1", fourth.id());
        assertEquals(fourth.id(), f.ledger.verifyChain(f.admin, f.admin.cooperativeId()).firstBrokenEntryId());
    }

    @Test
    void aDeletedEntryIsNamedByTheOneAfterIt() throws SQLException {
        List<ValidatedEntry> five = postFive();
        jdbc("DELETE FROM LEDGER_POSTING WHERE ENTRY_ID = ? AND LINE_NO = 1", five.get(1).id());
        jdbc("DELETE FROM LEDGER_POSTING WHERE ENTRY_ID = ? AND LINE_NO = 2", five.get(1).id());
        jdbc("DELETE FROM LEDGER_ENTRY WHERE ID = ?", five.get(1).id());
        ChainVerification v = f.ledger.verifyChain(f.admin, f.admin.cooperativeId());
        assertEquals(five.get(2).id(), v.firstBrokenEntryId());
    }

    @Test
    void aDeletedLastEntryIsDetected() throws SQLException {
        List<ValidatedEntry> five = postFive();
        jdbc("DELETE FROM LEDGER_POSTING WHERE ENTRY_ID = ? AND LINE_NO = 1", five.get(4).id());
        jdbc("DELETE FROM LEDGER_POSTING WHERE ENTRY_ID = ? AND LINE_NO = 2", five.get(4).id());
        jdbc("DELETE FROM LEDGER_ENTRY WHERE ID = ?", five.get(4).id());
        ChainVerification v = f.ledger.verifyChain(f.admin, f.admin.cooperativeId());
        assertFalse(v.intact());
        assertEquals(4, v.entriesChecked());
    }

    @Test
    void concurrentPostsAreNumberedOneToAHundredWithoutGapOrDuplicate() throws Exception {
        long coop = f.admin.cooperativeId();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                Callable<List<Long>> job = () -> {
                    List<Long> numbers = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        numbers.add(f.ledger.post(f.admin, KernelLedgerTest.sale(coop, "t" + thread + "-" + i,
                                LocalDate.of(2026, 3, 2), KernelLedgerTest.JEANNE, 100 + i)).number());
                    }
                    return numbers;
                };
                results.add(pool.submit(job));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> r : results) {
                all.addAll(r.get());
            }
            all.sort(Long::compare);
            assertEquals(LongStream.rangeClosed(1, 100).boxed().toList(), all);
        } finally {
            pool.shutdownNow();
        }
        var stored = new ArrayList<Long>();
        for (int page = 0; page < 100; page += 50) {
            f.ledger.entries(f.admin, new EntryQuery(coop, JournalCode.SALES, null, null, null, null, page, 50))
                    .forEach(e -> stored.add(e.number()));
        }
        assertEquals(100, stored.stream().distinct().count());
        assertTrue(f.ledger.verifyChain(f.admin, coop).intact());
    }
}
