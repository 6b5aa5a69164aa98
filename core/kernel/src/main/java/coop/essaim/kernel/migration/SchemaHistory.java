package coop.essaim.kernel.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The table {@code ESSAIM_SCHEMA_HISTORY}: one row per applied migration file of each module. */
final class SchemaHistory {

    static final String TABLE = "ESSAIM_SCHEMA_HISTORY";
    private static final String CREATE = "CREATE TABLE " + TABLE + " ("
            + "MODULE_ID VARCHAR(64) NOT NULL, "
            + "VERSION VARCHAR(12) NOT NULL, "
            + "DESCRIPTION VARCHAR(200) NOT NULL, "
            + "SCRIPT VARCHAR(255) NOT NULL, "
            + "CHECKSUM VARCHAR(64) NOT NULL, "
            + "APPLIED_AT TIMESTAMP NOT NULL, "
            + "APPLIED_BY VARCHAR(255) NOT NULL, "
            // the key also makes a second insert of the same file fail, should the lock ever be bypassed
            + "CONSTRAINT PK_ESSAIM_SCHEMA_HISTORY PRIMARY KEY (MODULE_ID, VERSION))";

    private SchemaHistory() {
    }

    /** Creates the table once; two nodes creating it together is fine (the loser finds it there). */
    static void ensure(Connection c) throws SQLException {
        if (exists(c)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute(CREATE);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            if (!exists(c)) {
                throw e;
            }
        }
    }

    private static boolean exists(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeQuery("SELECT COUNT(*) FROM " + TABLE + " WHERE 1 = 0").close();
            c.commit();
            return true;
        } catch (SQLException e) {
            // PostgreSQL aborts the transaction on any error: start a clean one
            c.rollback();
            return false;
        }
    }

    /**
     * Held until the transaction ends: a second node starting at the same moment waits here, then sees the
     * file recorded and skips it.
     */
    static void lock(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("LOCK TABLE " + TABLE + " IN EXCLUSIVE MODE");
        }
    }

    /** Version to checksum of every applied file of the module. */
    static Map<String, String> applied(Connection c, String moduleId) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT VERSION, CHECKSUM FROM " + TABLE + " WHERE MODULE_ID = ?")) {
            ps.setString(1, moduleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    static Optional<String> checksumOf(Connection c, String moduleId, String version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT CHECKSUM FROM " + TABLE + " WHERE MODULE_ID = ? AND VERSION = ?")) {
            ps.setString(1, moduleId);
            ps.setString(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static void record(Connection c, String moduleId, MigrationScript script, String appliedBy, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE
                + " (MODULE_ID, VERSION, DESCRIPTION, SCRIPT, CHECKSUM, APPLIED_AT, APPLIED_BY)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, moduleId);
            ps.setString(2, script.version());
            ps.setString(3, truncate(script.description(), 200));
            ps.setString(4, truncate(script.fileName(), 255));
            ps.setString(5, script.checksum());
            ps.setTimestamp(6, Timestamp.from(at));
            ps.setString(7, truncate(appliedBy, 255));
            ps.executeUpdate();
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
