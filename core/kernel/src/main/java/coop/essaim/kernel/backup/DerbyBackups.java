package coop.essaim.kernel.backup;

import org.apache.derby.jdbc.EmbeddedDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Embedded Derby's own online backup ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}) and restore
 * ({@code restoreFrom=}). The backup copies the database while the server keeps serving; the ledger's chain
 * heads are share-locked for its length so that the fingerprint and the copy see the same books (a post waits
 * until the copy is done; reads go on).
 */
final class DerbyBackups {

    /** The folder of the backup that holds Derby's copy; Derby names the copy after the database's folder. */
    static final String FOLDER = "derby";

    private DerbyBackups() {
    }

    static List<LedgerFingerprint> backup(DataSource dataSource, Path target) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("LOCK TABLE LEDGER_CHAIN_HEAD IN SHARE MODE");
                }
                List<LedgerFingerprint> books = LedgerFingerprint.read(c);
                try (CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                    call.setString(1, target.resolve(FOLDER).toString());
                    call.execute();
                }
                c.commit();
                return books;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /**
     * Recreates the database in {@code databaseFolder} (which must not exist) from the copy in {@code backup},
     * then shuts it down so the server boots it as usual.
     */
    static void restore(Path databaseFolder, Path backup, String user, String password) throws SQLException {
        Path copy = backup.resolve(FOLDER).resolve(copyName(backup));
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(databaseFolder.toString());
        ds.setConnectionAttributes("restoreFrom=" + copy);
        if (user != null) {
            ds.setUser(user);
            ds.setPassword(password);
        }
        ds.getConnection().close();
        shutdown(databaseFolder, user, password);
    }

    static List<LedgerFingerprint> fingerprint(Path databaseFolder, String user, String password) throws SQLException {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(databaseFolder.toString());
        if (user != null) {
            ds.setUser(user);
            ds.setPassword(password);
        }
        try (Connection c = ds.getConnection()) {
            return LedgerFingerprint.read(c);
        } finally {
            shutdown(databaseFolder, user, password);
        }
    }

    private static String copyName(Path backup) {
        try (var names = Files.list(backup.resolve(FOLDER))) {
            List<Path> copies = names.filter(Files::isDirectory).toList();
            if (copies.size() != 1) {
                throw new BackupException(backup + " is not a Derby backup of Essaim: " + backup.resolve(FOLDER)
                        + " should hold one database folder, it holds " + copies.size());
            }
            return copies.get(0).getFileName().toString();
        } catch (IOException e) {
            throw new BackupException(backup + " is not a Derby backup of Essaim: " + e.getMessage(), e);
        }
    }

    private static void shutdown(Path databaseFolder, String user, String password) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(databaseFolder.toString());
        ds.setShutdownDatabase("shutdown");
        if (user != null) {
            ds.setUser(user);
            ds.setPassword(password);
        }
        try {
            ds.getConnection().close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw new BackupException("the restored database did not shut down cleanly: " + e.getMessage(), e);
            }
        }
    }
}
