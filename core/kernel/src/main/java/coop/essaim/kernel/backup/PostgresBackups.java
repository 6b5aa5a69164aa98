package coop.essaim.kernel.backup;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's own {@code pg_dump} (custom format) and {@code pg_restore}. The fingerprint is read in a
 * repeatable-read transaction whose snapshot is handed to {@code pg_dump --snapshot}, so both see exactly the
 * same books while the server keeps serving.
 */
final class PostgresBackups {

    static final String FILE = "postgresql.dump";
    private static final long TOOL_LIMIT_MINUTES = 120;

    private PostgresBackups() {
    }

    static List<LedgerFingerprint> backup(DataSource dataSource, PostgresConnection pg, Path target)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                String snapshot;
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT pg_export_snapshot()")) {
                    r.next();
                    snapshot = r.getString(1);
                }
                List<LedgerFingerprint> books = LedgerFingerprint.read(c);
                List<String> dump = new ArrayList<>(List.of("pg_dump", "--format=custom", "--no-owner",
                        "--snapshot=" + snapshot, "--file=" + target.resolve(FILE)));
                if (pg.schema() != null) {
                    dump.add("--schema=" + pg.schema());
                }
                run(dump, pg, target);
                return books;
            } finally {
                c.rollback();   // it only read
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /** In one transaction: the database's Essaim objects are replaced by the backup's, or nothing changes. */
    static void restore(PostgresConnection pg, Path backup, Path work) {
        run(List.of("pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
                "--exit-on-error", "--dbname=" + pg.database(), backup.resolve(FILE).toString()), pg, work);
    }

    private static void run(List<String> command, PostgresConnection pg, Path work) {
        Path log = work.resolve(command.get(0) + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(pg.environment());
        try {
            Process p = pb.start();
            if (!p.waitFor(TOOL_LIMIT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new BackupException(command.get(0) + " did not finish within " + TOOL_LIMIT_MINUTES + " minutes");
            }
            if (p.exitValue() != 0) {
                throw new BackupException(command.get(0) + " failed (exit " + p.exitValue() + "): "
                        + Files.readString(log, StandardCharsets.UTF_8).strip());
            }
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new BackupException(command.get(0) + " cannot be run (" + e.getMessage() + "): install PostgreSQL's"
                    + " client tools of the server's version or newer (Debian: postgresql-client)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException(command.get(0) + " was interrupted", e);
        }
    }
}
