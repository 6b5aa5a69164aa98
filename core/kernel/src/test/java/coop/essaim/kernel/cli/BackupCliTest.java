package coop.essaim.kernel.cli;

import coop.essaim.api.ledger.ChartOfAccounts;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.people.Address;
import coop.essaim.api.people.EstablishmentDetails;
import coop.essaim.api.people.People;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.Kernel;
import coop.essaim.kernel.KernelBootstrap;
import coop.essaim.kernel.backup.BackupManifest;
import coop.essaim.kernel.host.HostEnvironment;
import coop.essaim.kernel.host.LaunchOptions;
import coop.essaim.kernel.people.PeopleFixture;
import coop.essaim.kernel.persistence.Dialect;
import coop.essaim.kernel.servicetesting.CoreFixture;
import coop.essaim.kernel.testing.ModuleJarBuilder;
import coop.essaim.kernel.testing.TestDatabase;
import coop.essaim.testmodules.chart.TestFrenchChart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code essaim backup} and {@code essaim restore} on a real installation: books posted through the kernel,
 * a backup taken with the server stopped and one taken through the running server, restores that give back
 * the same balances and an intact hash chain, and every refusal leaving the installation as it was. On
 * PostgreSQL (when the suite runs there) the same journeys go through pg_dump and pg_restore.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupCliTest {

    @TempDir
    static Path home;
    @TempDir
    static Path elsewhere;
    static TestDatabase db;
    static long coop;
    static String balancesBefore;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void installationWithBooks() throws IOException {
        CoreFixture.useTestPasswordCost();
        db = TestDatabase.create(home);
        db.writeConfig(home);
        ModuleJarBuilder.module("country-fr-test", "1.0.0").service(ChartOfAccounts.class, TestFrenchChart.class)
                .build(home.resolve("plugins").resolve("country-fr-test.jar"));
        try (Kernel kernel = KernelBootstrap.start(environment(home))) {
            UserContext admin = kernel.setup().createFirstCooperative(CoreFixture.cooperative(),
                    CoreFixture.administrator());
            coop = admin.cooperativeId();
            People people = kernel.service(People.class);
            long site = people.createEstablishment(admin, new EstablishmentDetails("Siège",
                    new Address("1 rue de la Paix", "69001", "Lyon", "FR"))).id();
            long member = people.create(admin, PeopleFixture.member("Jeanne", "Martin", site)).id();
            kernel.service(Activities.class).create(admin, new ActivityDetails("Activité COUTURE", null,
                    "couture", LocalDate.of(2026, 1, 1), "COUTURE", List.of(member)));
        }
        Path journal = home.resolve("books.journal");
        Files.writeString(journal, """
                2026-03-02 * (F-1) Facture Dupont  ; journal:SALES
                    411000:COUTURE   1440.00 EUR
                    706000:COUTURE  -1200.00 EUR
                    445710:COUTURE
                2026-03-20 Règlement  ; journal:BANK
                    512000:COUTURE   1000,00 €
                    411000:COUTURE
                """);
        ledger(home, "import", journal.toString(), "--coop", "1");
        balancesBefore = ledger(home, "balance", "--coop", String.valueOf(coop), "--by", "both");
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    static HostEnvironment environment(Path installation) {
        return LaunchOptions.parse("--home", installation.toString()).environment("test");
    }

    /** Runs {@code essaim ledger ...} on an installation and returns what it printed; fails if it failed. */
    static String ledger(Path installation, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--home", installation.toString()));
        int code = new LedgerCli(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true,
                StandardCharsets.UTF_8), Locale.ENGLISH, env -> LocalLedgerTarget.open(env, Locale.ENGLISH))
                .run(all.toArray(String[]::new));
        assertEquals(LedgerCli.OK, code, e.toString(StandardCharsets.UTF_8));
        return o.toString(StandardCharsets.UTF_8);
    }

    int run(Path installation, String... args) {
        Clock clock = Clock.fixed(Instant.parse("2026-12-02T10:15:30Z"), ZoneOffset.UTC);
        BackupCli cli = new BackupCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH, clock, Duration.ofMinutes(5));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--home", installation.toString()));
        return cli.run(all.toArray(String[]::new));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    boolean derby() {
        return db.dialect() == Dialect.DERBY;
    }

    @Test
    @Order(1)
    void aBackupWithTheServerStoppedHoldsTheDatabaseAndAManifestOfTheBooks() {
        Path target = home.resolve("backups/stopped");
        assertEquals(LedgerCli.OK, run(home, "backup", "--to", target.toString()), err());
        assertTrue(out().contains("Backup of 1 cooperative(s) and 2 ledger entries written to " + target), out());
        assertFalse(out().contains("running server"), out());
        BackupManifest manifest = BackupManifest.read(target);
        assertEquals(db.dialect(), manifest.dialect());
        assertEquals(2, manifest.ledgers().get(0).lastSeq(), "the journal's two entries");
        assertEquals(5, manifest.ledgers().get(0).postings());
        assertTrue(Files.isDirectory(target.resolve(derby() ? "derby" : ".")));
        assertFalse(Files.exists(home.resolve("backups/stopped.partial")));
    }

    @Test
    @Order(2)
    void aBackupIntoAFolderThatIsNotEmptyIsRefusedAndTouchesNothing() throws IOException {
        Path full = Files.createDirectories(home.resolve("backups/full"));
        Files.writeString(full.resolve("keep.txt"), "mine");
        assertEquals(LedgerCli.FAILED, run(home, "backup", "--to", full.toString()), err());
        assertTrue(err().contains(full + " already exists and is not empty"), err());
        try (Stream<Path> files = Files.list(full)) {
            assertEquals(List.of(full.resolve("keep.txt")), files.toList());
        }
    }

    @Test
    @Order(3)
    void aBackupTakenWhileTheServerRunsGoesThroughTheServer() throws IOException {
        Path target = home.resolve("backups/running");
        try (Kernel running = KernelBootstrap.start(environment(home));
             FileChannel launcherLock = FileChannel.open(home.resolve("data/.lock"), StandardOpenOption.CREATE,
                     StandardOpenOption.WRITE)) {
            launcherLock.lock();   // what the server launcher holds while it runs
            assertEquals(LedgerCli.OK, run(home, "backup", "--to", target.toString()), err());
        }
        assertTrue(out().contains("2 ledger entries written to " + target), out());
        // Derby can only be read by the server that booted it; PostgreSQL is read directly
        assertEquals(derby(), out().contains("by the running server"), out());
        assertEquals(BackupManifest.read(home.resolve("backups/stopped")).ledgers(),
                BackupManifest.read(target).ledgers());
        try (Stream<Path> left = Files.list(home.resolve("data/run/backup"))) {
            assertEquals(List.of(), left.toList(), "no request or answer is left behind");
        } catch (java.nio.file.NoSuchFileException e) {
            assertFalse(derby(), "Derby's backup went through the request folder");
        }
    }

    @Test
    @Order(4)
    void aRestoreGivesBackTheSameBalancesAndAnIntactChain() throws IOException {
        Path other = elsewhere.resolve("restored");
        db.writeConfig(other);   // PostgreSQL: the same schema, emptied first; Derby: a fresh data folder
        if (derby()) {
            Files.delete(other.resolve("conf/essaim.properties"));
        } else {
            dropEssaimTables();
        }
        Files.createDirectories(other.resolve("plugins"));
        Files.copy(home.resolve("plugins/country-fr-test.jar"), other.resolve("plugins/country-fr-test.jar"));
        assertEquals(LedgerCli.OK, run(other, "restore", "--from", home.resolve("backups/running").toString(),
                "--replace"), err());
        assertTrue(out().contains("Restored 1 cooperative(s) and 2 ledger entries"), out());
        assertTrue(out().contains("the books match the backup's manifest"), out());
        assertEquals(balancesBefore, ledger(other, "balance", "--coop", String.valueOf(coop), "--by", "both"));
        assertTrue(ledger(other, "verify", "--coop", String.valueOf(coop)).contains("The hash chain is intact: 2 entries"));
    }

    @Test
    @Order(5)
    void aRestoreOverAnExistingDatabaseNeedsReplace() throws IOException {
        Path backup = home.resolve("backups/stopped");
        assertEquals(LedgerCli.FAILED, run(home, "restore", "--from", backup.toString()), err());
        assertTrue(err().contains(derby() ? "already has a database in " + home.resolve("data/db")
                : "already holds an installation"), err());
        assertTrue(err().contains("give --replace"), err());

        err.reset();
        assertEquals(LedgerCli.OK, run(home, "restore", "--from", backup.toString(), "--replace"), err());
        if (derby()) {
            assertTrue(Files.isDirectory(home.resolve("data/db.replaced-20261202-101530")), "the old one is kept");
        }
        assertEquals(balancesBefore, ledger(home, "balance", "--coop", String.valueOf(coop), "--by", "both"));
    }

    @Test
    @Order(6)
    void aDamagedBackupIsRefusedAndTheInstallationStaysAsItWas() throws IOException {
        Path damaged = elsewhere.resolve("damaged");
        copyTree(home.resolve("backups/stopped"), damaged);
        Path manifest = damaged.resolve(BackupManifest.FILE);
        if (derby()) {
            // a Derby copy is checked against its manifest before it replaces anything
            Files.writeString(manifest, Files.readString(manifest)
                    .replaceFirst("cooperative\\.0=1,2,", "cooperative.0=1,3,"));
            assertEquals(LedgerCli.FAILED, run(home, "restore", "--from", damaged.toString(), "--replace"), err());
            assertTrue(err().contains("do not match the manifest"), err());
            assertEquals(balancesBefore, ledger(home, "balance", "--coop", String.valueOf(coop), "--by", "both"));
            err.reset();
        }
        Files.delete(manifest);
        assertEquals(LedgerCli.FAILED, run(home, "restore", "--from", damaged.toString(), "--replace"), err());
        assertTrue(err().contains("is not a complete Essaim backup: it has no manifest.properties"), err());
        assertEquals(balancesBefore, ledger(home, "balance", "--coop", String.valueOf(coop), "--by", "both"));
    }

    @Test
    @Order(7)
    void aRestoreWhileTheServerRunsIsRefused() throws IOException {
        try (FileChannel launcherLock = FileChannel.open(home.resolve("data/.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            launcherLock.lock();
            assertEquals(LedgerCli.BUSY, run(home, "restore", "--from", home.resolve("backups/stopped").toString(),
                    "--replace"), err());
        }
        assertTrue(err().contains("a running Essaim server uses the data folder"), err());
    }

    @Test
    @Order(8)
    void badArgumentsAreToldWithTheUsage() {
        assertEquals(LedgerCli.USAGE, run(home, "restore"), err());
        assertTrue(err().contains("--from: the folder of the backup to restore is required"), err());
        err.reset();
        assertEquals(LedgerCli.USAGE, run(home, "backup", "--replace"), err());
        assertTrue(err().contains("unknown option --replace"), err());
        err.reset();
        assertEquals(LedgerCli.FAILED, run(home, "restore", "--from", home.resolve("nowhere").toString()), err());
        assertTrue(err().contains("not a folder"), err());
    }

    private static void dropEssaimTables() {
        // the restore's --clean drops and recreates every object of the schema; an emptied schema is the
        // installation whose database was lost
        try (var c = db.dataSource().getConnection(); var s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS ledger_posting CASCADE");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            db.restart();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }
}
