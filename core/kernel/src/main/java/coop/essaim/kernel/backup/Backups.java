package coop.essaim.kernel.backup;

import coop.essaim.kernel.config.KernelConfig;
import coop.essaim.kernel.persistence.Database;
import coop.essaim.kernel.persistence.Dialect;
import coop.essaim.kernel.persistence.PostgresDataSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Backups of the installation's database, whole (every cooperative: the database is one): a folder holding
 * the database's own copy (Derby's online backup, or {@code pg_dump}) and its {@link BackupManifest}. A restore
 * puts the copy back and proves it with the manifest's fingerprints before saying it is done; a restore that
 * does not match leaves the installation as it was.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final String coreVersion;

    public Backups(Clock clock, String coreVersion) {
        this.clock = clock;
        this.coreVersion = coreVersion;
    }

    /** {@code <home>/backups/essaim-<UTC time>}, where the command puts a backup unless told otherwise. */
    public Path defaultTarget(Path home) {
        return home.resolve("backups").resolve("essaim-" + STAMP.format(clock.instant()));
    }

    /**
     * Copies the open database into {@code target}, a folder that must not exist yet or be empty; built beside
     * it and renamed when complete, so {@code target} is either a whole backup or absent.
     */
    public BackupManifest backup(Database db, KernelConfig config, Path target) {
        Path folder = target.toAbsolutePath().normalize();
        if (Files.exists(folder) && !isEmptyFolder(folder)) {
            throw new BackupException(folder + " already exists and is not empty: choose a new folder for the backup");
        }
        Path partial = folder.resolveSibling(folder.getFileName() + ".partial");
        Instant takenAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        try {
            Files.createDirectories(partial.getParent());
            deleteTree(partial);
            Files.createDirectories(partial);
            List<LedgerFingerprint> books = db.dialect() == Dialect.DERBY
                    ? DerbyBackups.backup(db.dataSource(), partial)
                    : PostgresBackups.backup(db.dataSource(), postgres(config), partial);
            BackupManifest manifest = new BackupManifest(takenAt, coreVersion, db.dialect(), books);
            manifest.write(partial);
            Files.deleteIfExists(folder);
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("backup of {} cooperative(s), {} entries, written to {}", books.size(), manifest.entries(), folder);
            return manifest;
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw new BackupException("the database refused the backup: " + e.getMessage(), e);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new BackupException("cannot write the backup into " + folder + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    /**
     * Puts the backup in {@code from} back as the database of {@code config}; its server must be stopped. An
     * existing database is replaced only when {@code replace} is set, and then kept aside
     * ({@code <db>.replaced-<time>}) rather than deleted.
     *
     * @return the manifest whose fingerprints the restored database matched
     */
    public BackupManifest restore(KernelConfig config, Path from, boolean replace) {
        Path folder = from.toAbsolutePath().normalize();
        BackupManifest manifest = BackupManifest.read(folder);
        Dialect target = config.dbUrl().startsWith("jdbc:derby:") ? Dialect.DERBY : Dialect.POSTGRESQL;
        if (manifest.dialect() != target) {
            throw new BackupException(folder + " is a backup of a " + manifest.dialect().suffix()
                    + " database; this installation uses " + target.suffix() + " (essaim.db.url)");
        }
        try {
            List<LedgerFingerprint> restored;
            if (target == Dialect.DERBY) {
                restored = restoreDerby(config, folder, replace, manifest);
            } else {
                restored = restorePostgres(config, folder, replace);
                check(manifest, restored, folder);
            }
            LOG.info("restored {} cooperative(s), {} entries, from {}", restored.size(), manifest.entries(), folder);
            return manifest;
        } catch (SQLException e) {
            throw new BackupException("the database refused the restore: " + e.getMessage(), e);
        }
    }

    /** Checked before it counts as done: a copy that does not match is removed and the old database put back. */
    private List<LedgerFingerprint> restoreDerby(KernelConfig config, Path from, boolean replace,
                                                 BackupManifest manifest) throws SQLException {
        Path db = derbyFolder(config.dbUrl());
        String user = config.dbUser().orElse(null);
        String password = config.dbPassword().orElse(null);
        Path aside = null;
        if (Files.exists(db)) {
            refuseIfBooted(db, user, password);
            if (!replace) {
                throw new BackupException("the installation already has a database in " + db
                        + ": give --replace to replace it (it is then kept aside, not deleted)");
            }
            aside = freeName(db.resolveSibling(db.getFileName() + ".replaced-" + STAMP.format(clock.instant())));
            move(db, aside);
        }
        try {
            DerbyBackups.restore(db, from, user, password);
            List<LedgerFingerprint> restored = DerbyBackups.fingerprint(db, user, password);
            check(manifest, restored, from);
            return restored;
        } catch (SQLException | RuntimeException e) {
            deleteQuietly(db);
            if (aside != null) {
                move(aside, db);
            }
            throw e;
        }
    }

    /** The embedded host runs without the data folder's lock: a database it has booted is found by booting it. */
    private static void refuseIfBooted(Path db, String user, String password) {
        try {
            DerbyBackups.fingerprint(db, user, password);
        } catch (SQLException e) {
            for (SQLException next = e; next != null; next = next.getNextException()) {
                if ("XSDB6".equals(next.getSQLState())) {
                    throw new BackupException("a running server uses the database in " + db + ": stop it first");
                }
            }
            // a database that cannot be read is what a restore is for
        }
    }

    private List<LedgerFingerprint> restorePostgres(KernelConfig config, Path from, boolean replace)
            throws SQLException {
        PostgresConnection pg = postgres(config);
        var dataSource = PostgresDataSources.create(config.dbUrl(), pg.user(), pg.password());
        try (Connection c = dataSource.getConnection()) {
            if (!replace && hasEssaimTables(c, pg.schema())) {
                throw new BackupException("the database " + pg.database() + (pg.schema() == null ? "" : " (schema "
                        + pg.schema() + ")") + " already holds an installation: give --replace to replace it");
            }
        }
        PostgresBackups.restore(pg, from, from);
        try (Connection c = dataSource.getConnection()) {
            return LedgerFingerprint.read(c);
        }
    }

    private static void check(BackupManifest manifest, List<LedgerFingerprint> restored, Path from) {
        if (!manifest.ledgers().equals(restored)) {
            throw new BackupException("the restored books do not match the manifest of " + from + " (expected "
                    + manifest.ledgers() + ", found " + restored + "): the backup is damaged, nothing was restored");
        }
    }

    private static boolean hasEssaimTables(Connection c, String schema) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet r = meta.getTables(null, schema == null ? "public" : schema, "cooperative", null)) {
            return r.next();
        }
    }

    private static PostgresConnection postgres(KernelConfig config) {
        return PostgresConnection.of(config.dbUrl(), config.dbUser().orElse(null), config.dbPassword().orElse(null));
    }

    /** The folder of the embedded Derby database named by {@code url} ({@code jdbc:derby:<folder>;...}). */
    public static Path derbyFolder(String url) {
        String name = url.substring("jdbc:derby:".length()).split(";")[0].trim();
        return Path.of(name).toAbsolutePath().normalize();
    }

    private static boolean isEmptyFolder(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static Path freeName(Path wanted) {
        Path name = wanted;
        for (int n = 2; Files.exists(name); n++) {
            name = wanted.resolveSibling(wanted.getFileName() + "-" + n);
        }
        return name;
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BackupException("cannot move " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path tree) {
        try {
            deleteTree(tree);
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", tree, e.getMessage());
        }
    }

    private static void deleteTree(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
