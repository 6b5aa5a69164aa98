package coop.essaim.kernel.migration;

import coop.essaim.api.module.ModuleDescriptor;
import coop.essaim.kernel.host.ClasspathModuleSource;
import coop.essaim.kernel.persistence.Dialect;
import coop.essaim.kernel.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationRunnerTest {

    private static final String FOLDER = "db/migration";

    @TempDir
    Path temp;
    private TestDatabase db;
    private Path moduleRoot;
    private ClasspathModuleSource source;
    private MigrationRunner runner;

    @BeforeEach
    void setUp() throws IOException {
        db = TestDatabase.create(temp);
        moduleRoot = Files.createDirectories(temp.resolve("module"));
        Files.createDirectories(moduleRoot.resolve(FOLDER));
        source = ClasspathModuleSource.of(new ModuleDescriptor("shop", "1.0.0", null, null, null, null),
                getClass().getClassLoader(), moduleRoot);
        runner = new MigrationRunner(db.dataSource(), "node-a",
                Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void appliesFilesInVersionOrderOnceAcrossRestarts() throws Exception {
        // written out of order on purpose: the second file needs the first one's table
        file("V202601020000__add_price.sql", "ALTER TABLE SHOP_ITEM ADD COLUMN PRICE_MINOR BIGINT;");
        file("V202601010000__items.sql", "-- items\nCREATE TABLE SHOP_ITEM (ID BIGINT NOT NULL PRIMARY KEY,\n"
                + "  NAME VARCHAR(40));\nINSERT INTO SHOP_ITEM (ID, NAME) VALUES (1, 'apple');\n");
        file("README.txt", "not a migration");

        assertEquals(List.of("V202601010000__items.sql", "V202601020000__add_price.sql"),
                runner.migrate("shop", source, FOLDER));
        db.restart();
        runner = new MigrationRunner(db.dataSource(), "node-a", Clock.systemUTC());
        assertEquals(List.of(), runner.migrate("shop", source, FOLDER));

        assertEquals(1, count("SELECT COUNT(*) FROM SHOP_ITEM"));
        assertEquals(2, count("SELECT COUNT(*) FROM ESSAIM_SCHEMA_HISTORY WHERE MODULE_ID = 'shop'"));
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT VERSION, DESCRIPTION, CHECKSUM, APPLIED_BY, APPLIED_AT "
                     + "FROM ESSAIM_SCHEMA_HISTORY ORDER BY VERSION")) {
            assertTrue(rs.next());
            assertEquals("202601010000", rs.getString(1));
            assertEquals("items", rs.getString(2));
            assertEquals(64, rs.getString(3).length());
            assertEquals("node-a", rs.getString(4));
            assertEquals(Instant.parse("2026-03-01T10:00:00Z"), rs.getTimestamp(5).toInstant());
        }
    }

    @Test
    void aNewFileIsAppliedAtTheNextStart() throws Exception {
        file("V202601010000__items.sql", "CREATE TABLE SHOP_ITEM (ID BIGINT NOT NULL PRIMARY KEY);");
        runner.migrate("shop", source, FOLDER);
        file("V202602010000__seed.sql", "INSERT INTO SHOP_ITEM (ID) VALUES (1);\nINSERT INTO SHOP_ITEM (ID) VALUES (2);");
        assertEquals(List.of("V202602010000__seed.sql"), runner.migrate("shop", source, FOLDER));
        assertEquals(2, count("SELECT COUNT(*) FROM SHOP_ITEM"));
    }

    @Test
    void refusesAnAppliedFileThatChanged() throws Exception {
        file("V202601010000__items.sql", "CREATE TABLE SHOP_ITEM (ID BIGINT NOT NULL PRIMARY KEY);");
        runner.migrate("shop", source, FOLDER);
        file("V202601010000__items.sql", "CREATE TABLE SHOP_ITEM (ID BIGINT NOT NULL PRIMARY KEY, X INT);");
        file("V202601020000__more.sql", "CREATE TABLE SHOP_MORE (ID BIGINT NOT NULL PRIMARY KEY);");

        MigrationException e = assertThrows(MigrationException.class, () -> runner.migrate("shop", source, FOLDER));
        assertTrue(e.getMessage().contains("V202601010000__items.sql was changed"), e.getMessage());
        assertEquals(1, count("SELECT COUNT(*) FROM ESSAIM_SCHEMA_HISTORY"), "nothing else ran");
    }

    @Test
    void aLineEndConversionIsNotAChange() throws Exception {
        file("V202601010000__items.sql", "CREATE TABLE SHOP_ITEM (\nID BIGINT NOT NULL PRIMARY KEY);\n");
        runner.migrate("shop", source, FOLDER);
        file("V202601010000__items.sql", "CREATE TABLE SHOP_ITEM (\r\nID BIGINT NOT NULL PRIMARY KEY);\r\n");
        assertEquals(List.of(), runner.migrate("shop", source, FOLDER));
    }

    @Test
    void theDialectFileReplacesTheGenericOne() throws Exception {
        file("V202601010000__items.sql", "CREATE TABLE SHOP_ITEM (ID BIGINT NOT NULL PRIMARY KEY, KIND VARCHAR(12));");
        String mine = db.dialect().suffix();
        String other = db.dialect() == Dialect.DERBY ? "postgresql" : "derby";
        file("V202601020000__seed." + mine + ".sql", "INSERT INTO SHOP_ITEM (ID, KIND) VALUES (1, '" + mine + "');");
        file("V202601020000__seed.sql", "INSERT INTO SHOP_ITEM (ID, KIND) VALUES (1, 'generic');");
        file("V202601020000__seed." + other + ".sql", "INSERT INTO SHOP_ITEM (ID, KIND) VALUES (1, 'other');");
        file("V202601030000__only_other." + other + ".sql", "THIS IS NOT SQL;");

        assertEquals(List.of("V202601010000__items.sql", "V202601020000__seed." + mine + ".sql"),
                runner.migrate("shop", source, FOLDER));
        assertEquals(1, count("SELECT COUNT(*) FROM SHOP_ITEM WHERE KIND = '" + mine + "'"));
    }

    @Test
    void aFailingFileIsRolledBackAndReportedWithItsNameAndStatement() throws Exception {
        file("V202601010000__items.sql", "CREATE TABLE SHOP_ITEM (ID BIGINT NOT NULL PRIMARY KEY);");
        file("V202601020000__broken.sql", "CREATE TABLE SHOP_HALF (ID BIGINT NOT NULL PRIMARY KEY);\n"
                + "INSERT INTO SHOP_ITEM (ID) VALUES (5);\n-- the next one is wrong\nINSERT INTO NO_SUCH_TABLE VALUES (1);\n");

        MigrationException e = assertThrows(MigrationException.class, () -> runner.migrate("shop", source, FOLDER));
        assertTrue(e.getMessage().contains("V202601020000__broken.sql failed at statement 3 (line 4)"), e.getMessage());
        assertTrue(e.getMessage().contains("module shop"), e.getMessage());

        assertEquals(0, count("SELECT COUNT(*) FROM SHOP_ITEM"), "the insert of the failed file was rolled back");
        assertThrows(SQLException.class, () -> count("SELECT COUNT(*) FROM SHOP_HALF"), "its DDL too");
        assertEquals(1, count("SELECT COUNT(*) FROM ESSAIM_SCHEMA_HISTORY"), "the first file stays applied");

        file("V202601020000__broken.sql", "INSERT INTO SHOP_ITEM (ID) VALUES (5);");
        assertEquals(List.of("V202601020000__broken.sql"), runner.migrate("shop", source, FOLDER), "fixed file runs");
    }

    @Test
    void refusesABadlyNamedFileAndTwoFilesOfOneVersion() throws Exception {
        file("V2026_items.sql", "CREATE TABLE X (ID INT);");
        MigrationException e = assertThrows(MigrationException.class, () -> runner.migrate("shop", source, FOLDER));
        assertTrue(e.getMessage().contains("V2026_items.sql is not named"), e.getMessage());

        Files.delete(moduleRoot.resolve(FOLDER).resolve("V2026_items.sql"));
        file("V202601010000__a.sql", "CREATE TABLE A (ID INT);");
        file("V202601010000__b.sql", "CREATE TABLE B (ID INT);");
        e = assertThrows(MigrationException.class, () -> runner.migrate("shop", source, FOLDER));
        assertTrue(e.getMessage().contains("two migrations have version 202601010000"), e.getMessage());
    }

    @Test
    void modulesKeepSeparateHistories() throws Exception {
        file("V202601010000__items.sql", "CREATE TABLE SHOP_ITEM (ID BIGINT NOT NULL PRIMARY KEY);");
        runner.migrate("shop", source, FOLDER);
        Path other = Files.createDirectories(temp.resolve("other").resolve(FOLDER));
        Files.writeString(other.resolve("V202601010000__items.sql"), "CREATE TABLE OTHER_ITEM (ID INT);");
        ClasspathModuleSource otherSource = ClasspathModuleSource.of(
                new ModuleDescriptor("other", "1.0.0", null, null, null, null), getClass().getClassLoader(),
                temp.resolve("other"));
        assertEquals(List.of("V202601010000__items.sql"), runner.migrate("other", otherSource, FOLDER));
    }

    @Test
    void twoNodesStartingTogetherApplyEachFileOnce() throws Exception {
        file("V202601010000__items.sql", "CREATE TABLE SHOP_ITEM (ID BIGINT NOT NULL PRIMARY KEY);");
        for (int i = 1; i <= 5; i++) {
            file("V20260102000" + i + "__seed" + i + ".sql", "INSERT INTO SHOP_ITEM (ID) VALUES (" + i + ");");
        }
        MigrationRunner b = new MigrationRunner(db.dataSource(), "node-b", Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<String>>> nodes = List.of(() -> runner.migrate("shop", source, FOLDER),
                    () -> b.migrate("shop", source, FOLDER));
            List<String> appliedByBoth = new ArrayList<>();
            for (Future<List<String>> f : pool.invokeAll(nodes)) {
                appliedByBoth.addAll(f.get());
            }
            assertEquals(6, appliedByBoth.size(), "every file applied by exactly one node: " + appliedByBoth);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(5, count("SELECT COUNT(*) FROM SHOP_ITEM"));
        assertEquals(6, count("SELECT COUNT(*) FROM ESSAIM_SCHEMA_HISTORY"));
    }

    @Test
    void anEmptyOrMissingFolderDoesNothing() {
        assertEquals(List.of(), runner.migrate("shop", source, "no/such/folder"));
    }

    private void file(String name, String text) throws IOException {
        Files.writeString(moduleRoot.resolve(FOLDER).resolve(name), text, StandardCharsets.UTF_8);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
