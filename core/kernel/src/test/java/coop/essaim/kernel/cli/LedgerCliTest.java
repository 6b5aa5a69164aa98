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
import coop.essaim.kernel.host.HostEnvironment;
import coop.essaim.kernel.host.LaunchOptions;
import coop.essaim.kernel.people.PeopleFixture;
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
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code essaim ledger} on a real installation folder: a database, a plugin jar bringing the chart, and a
 * cooperative set up through the kernel. The tests run in order on the same books.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerCliTest {

    @TempDir
    static Path home;
    static TestDatabase db;
    static long coop;
    static Path journal;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void installation() throws IOException {
        CoreFixture.useTestPasswordCost();
        db = TestDatabase.create(home);
        db.writeConfig(home);
        ModuleJarBuilder.module("country-fr-test", "1.0.0").service(ChartOfAccounts.class, TestFrenchChart.class)
                .build(home.resolve("plugins").resolve("country-fr-test.jar"));
        HostEnvironment env = LaunchOptions.parse("--home", home.toString()).environment("test");
        try (Kernel kernel = KernelBootstrap.start(env)) {
            UserContext admin = kernel.setup().createFirstCooperative(CoreFixture.cooperative(),
                    CoreFixture.administrator());
            coop = admin.cooperativeId();
            People people = kernel.service(People.class);
            long site = people.createEstablishment(admin, new EstablishmentDetails("Siège",
                    new Address("1 rue de la Paix", "69001", "Lyon", "FR"))).id();
            long member = people.create(admin, PeopleFixture.member("Jeanne", "Martin", site)).id();
            // the structure came with the cooperative
            kernel.service(Activities.class).create(admin, new ActivityDetails("Activité COUTURE", null,
                    "couture", LocalDate.of(2026, 1, 1), "COUTURE", List.of(member)));
        }
        journal = home.resolve("books.journal");
        Files.writeString(journal, """
                2026-03-02 * (F-1) Facture Dupont  ; journal:SALES
                    411000:COUTURE   1440.00 EUR
                    706000:COUTURE  -1200.00 EUR
                    445710:COUTURE
                2026-03-20 Règlement  ; journal:BANK
                    512000:COUTURE   1000,00 €
                    411000:COUTURE
                2026-03-31 Contribution
                    706000:COUTURE    120.00 EUR
                    706000           -120.00 EUR
                """);
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    int run(String... args) {
        LedgerCli cli = new LedgerCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH,
                env -> LocalLedgerTarget.open(env, Locale.ENGLISH));
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--home", home.toString()));
        return cli.run(all.toArray(String[]::new));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void anInvalidFileIsRefusedLineByLineAndNothingIsPosted() throws Exception {
        Path bad = home.resolve("bad.journal");
        Files.writeString(bad, "2026-03-02 Vente\n    411000:COUTURE  10 EUR\n    706000:NOPE\n2026-13-01 x\n");
        assertEquals(LedgerCli.FAILED, run("import", bad.toString(), "--coop", String.valueOf(coop)), err());
        assertTrue(err().contains(bad + ":3: Activity 'NOPE' is unknown"), err());
        assertTrue(err().contains(bad + ":4: Date '2026-13-01' does not exist"), err());
        assertTrue(err().contains("nothing was imported: 2 problem(s)"), err());
        assertEquals(0, count("SELECT COUNT(*) FROM LEDGER_ENTRY"));
    }

    @Test
    @Order(2)
    void importsAJournalOnceAndSaysSoTheSecondTime() throws Exception {
        assertEquals(LedgerCli.OK, run("import", journal.toString(), "--coop", String.valueOf(coop)), err());
        assertTrue(out().contains("3 transactions read, 3 entries posted (7 postings), 0 already present"), out());
        assertEquals(1, count("SELECT COUNT(*) FROM AUDIT_EVENT WHERE ACTION_CODE = 'core.ledger.import'"
                + " AND DETAIL LIKE '%via command line (system user %'"));
        out.reset();
        assertEquals(LedgerCli.OK, run("import", journal.toString(), "--coop", String.valueOf(coop)), err());
        assertTrue(out().contains("3 transactions read, 0 entries posted (0 postings), 3 already present"), out());
        assertEquals(3, count("SELECT COUNT(*) FROM LEDGER_ENTRY"));
    }

    @Test
    @Order(3)
    void printsTheBalanceAsAnAlignedTableWithItsTotal() {
        assertEquals(LedgerCli.OK, run("balance", "--coop", String.valueOf(coop), "--by", "both"), err());
        assertEquals("""
                Account  Activity     Debit   Credit   Balance  Currency
                -------  ---------  -------  -------  --------  --------
                411000   COUTURE    1440.00  1000.00    440.00  EUR
                445710   COUTURE       0.00   240.00   -240.00  EUR
                512000   COUTURE    1000.00     0.00   1000.00  EUR
                706000   COUTURE     120.00  1200.00  -1080.00  EUR
                706000   STRUCTURE     0.00   120.00   -120.00  EUR
                -------  ---------  -------  -------  --------  --------
                Total               2560.00  2560.00      0.00  EUR
                """, out());
        out.reset();
        assertEquals(LedgerCli.OK, run("balance", "--coop", String.valueOf(coop), "--to", "2026-03-02"), err());
        assertTrue(out().contains("\n706000      0.00  1200.00  -1200.00  EUR\n"), out());
        assertTrue(out().endsWith("\nTotal    1440.00  1440.00      0.00  EUR\n"), out());
    }

    @Test
    @Order(4)
    void exportsAsHledgerToAFileAndAsCsvToTheOutput() throws Exception {
        Path file = home.resolve("export.journal");
        assertEquals(LedgerCli.OK, run("export", "--coop", String.valueOf(coop), "--format", "hledger", "--out",
                file.toString()), err());
        assertTrue(out().contains("3 entries written to " + file), out());
        String text = Files.readString(file);
        assertTrue(text.contains("2026-03-02 * (SALES-2026-000001) Facture Dupont\n    ; journal:SALES\n    ; piece:F-1\n"),
                text);
        out.reset();
        assertEquals(LedgerCli.OK, run("export", "--coop", String.valueOf(coop), "--format", "csv"), err());
        List<String> lines = out().lines().toList();
        assertEquals(8, lines.size(), out());
        assertTrue(lines.get(0).startsWith("reference,number,journal,date,"), lines.get(0));
    }

    @Test
    @Order(5)
    void verifiesTheChainAndNamesTheFirstBrokenEntry() throws Exception {
        assertEquals(LedgerCli.OK, run("verify", "--coop", String.valueOf(coop)), err());
        assertTrue(out().contains("The hash chain is intact: 3 entries checked."), out());
        out.reset();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE LEDGER_POSTING SET DEBIT_MINOR = 100001 WHERE DEBIT_MINOR = 100000");
        }
        db.restart();
        assertEquals(LedgerCli.FAILED, run("verify", "--coop", String.valueOf(coop)), err());
        assertTrue(out().contains("The hash chain is broken at entry BANK-2026-000001"), out());
    }

    @Test
    @Order(6)
    void aRunningServerIsToldApartFromOtherFailures() throws Exception {
        try (FileChannel channel = FileChannel.open(home.resolve("data").resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            assertTrue(held.isValid());
            assertEquals(LedgerCli.BUSY, run("verify", "--coop", String.valueOf(coop)));
            assertTrue(err().contains("a running Essaim server uses the data folder " + home.resolve("data")), err());
        }
        err.reset();
        assertEquals(LedgerCli.FAILED, run("verify", "--coop", "999"));
        assertTrue(err().contains("cooperative 999 does not exist"), err());
    }

    @Test
    @Order(7)
    void badArgumentsAreNamedAndOpenNothing() {
        assertEquals(LedgerCli.USAGE, run("balance"));
        assertTrue(err().contains("--coop: the id of the cooperative is required"), err());
        assertArgument("--coop: expected the id of a cooperative (a positive whole number), got 'abc'",
                "verify", "--coop", "abc");
        assertArgument("--by: expected one of account, activity, both, got 'month'",
                "balance", "--coop", "1", "--by", "month");
        assertArgument("--from: expected a date YYYY-MM-DD, got '2026-02-30'",
                "balance", "--coop", "1", "--from", "2026-02-30");
        assertArgument("--format: hledger or csv is required", "export", "--coop", "1");
        assertArgument("--format: expected one of hledger, csv, got 'fec'", "export", "--coop", "1", "--format", "fec");
        assertArgument("FILE " + home.resolve("missing.journal") + ": not a readable file",
                "import", home.resolve("missing.journal").toString(), "--coop", "1");
        assertArgument("unknown option --period", "balance", "--coop", "1", "--period", "2026");
        assertArgument("unknown command 'show'", "show", "--coop", "1");
    }

    private void assertArgument(String message, String... args) {
        err.reset();
        assertEquals(LedgerCli.USAGE, run(args), err());
        assertTrue(err().contains(message), err());
        assertTrue(err().contains("usage: essaim ledger import FILE --coop ID"), err());
    }

    private static long count(String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            long n = r.getLong(1);
            db.restart(); // Derby: shut down, so the next command boots the database as a separate run would
            return n;
        }
    }
}
