package coop.essaim.kernel.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a cooperative's books look like at one instant, small enough to write into a backup's manifest and
 * compare after a restore: the hash chain's head (its length and last hash seal every entry before it) and the
 * postings' count and debit total. A restore that yields other figures is not the backup that was taken.
 */
public record LedgerFingerprint(long cooperativeId, long lastSeq, String lastHash, long postings, long debitMinor) {

    /** Every cooperative of the database, by id; read on {@code connection}, inside its current transaction. */
    public static List<LedgerFingerprint> read(Connection connection) throws SQLException {
        Map<Long, long[]> postings = new TreeMap<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT COOPERATIVE_ID, COUNT(*), SUM(DEBIT_MINOR) FROM LEDGER_POSTING "
                     + "GROUP BY COOPERATIVE_ID")) {
            while (r.next()) {
                postings.put(r.getLong(1), new long[] {r.getLong(2), r.getLong(3)});
            }
        }
        List<LedgerFingerprint> all = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT c.ID, h.LAST_SEQ, h.LAST_HASH FROM COOPERATIVE c "
                     + "LEFT JOIN LEDGER_CHAIN_HEAD h ON h.COOPERATIVE_ID = c.ID ORDER BY c.ID")) {
            while (r.next()) {
                long id = r.getLong(1);
                long[] p = postings.getOrDefault(id, new long[2]);
                String hash = r.getString(3);
                all.add(new LedgerFingerprint(id, r.getLong(2), hash == null ? "" : hash.trim(), p[0], p[1]));
            }
        }
        return all;
    }
}
