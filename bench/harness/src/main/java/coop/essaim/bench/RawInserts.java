package coop.essaim.bench;

import coop.essaim.kernel.config.KernelConfig;
import coop.essaim.kernel.host.HostEnvironment;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison for the payroll run: the rows the run wrote (its payslips and their lines, its ledger entries
 * and their postings) read back, then inserted again with plain JDBC batches into scratch tables with the same
 * columns and a primary key, in the same database, one commit a batch. Only the inserts are timed. The scratch
 * tables have none of the ledger's other indexes or foreign keys: this is the floor, not a like-for-like write.
 */
final class RawInserts {

    private static final String PAYROLL_ENTRIES = "select ID from LEDGER_ENTRY where IDEMPOTENCY_KEY like 'payroll:%'";

    record Result(long millis, int payslips, int lines, int entries, int postings) {
    }

    private record Table(String name, int[] types, List<Object[]> rows) {
    }

    private final KernelConfig config;
    private final int batch;

    RawInserts(Path home, int batch) {
        this.config = KernelConfig.load(new HostEnvironment(home, home.resolve("data"), "bench", false));
        this.batch = batch;
    }

    long payrollEntries() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from (" + PAYROLL_ENTRIES + ") e")) {
            r.next();
            return r.getLong(1);
        }
    }

    Result insertRunRows() throws SQLException {
        try (Connection c = connect()) {
            List<Table> tables = List.of(read(c, "PAY_PAYSLIP", ""), read(c, "PAY_PAYSLIP_LINE", ""),
                    read(c, "LEDGER_ENTRY", " where ID in (" + PAYROLL_ENTRIES + ")"),
                    read(c, "LEDGER_POSTING", " where ENTRY_ID in (" + PAYROLL_ENTRIES + ")"));
            try (Statement s = c.createStatement()) {
                for (Table t : tables) {
                    s.execute("create table BENCH_" + t.name + " as select * from " + t.name + " with no data");
                    s.execute("alter table BENCH_" + t.name + " add primary key (ID)");
                }
            }
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            for (Table t : tables) {
                insert(c, t);
            }
            long millis = LedgerBench.ms(t0);
            return new Result(millis, tables.get(0).rows.size(), tables.get(1).rows.size(), tables.get(2).rows.size(),
                    tables.get(3).rows.size());
        }
    }

    private static Table read(Connection c, String table, String where) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        int[] types;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select * from " + table + where)) {
            int columns = r.getMetaData().getColumnCount();
            types = new int[columns];
            for (int i = 0; i < columns; i++) {
                types[i] = r.getMetaData().getColumnType(i + 1);
            }
            while (r.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = r.getObject(i + 1);
                }
                rows.add(row);
            }
        }
        return new Table(table, types, rows);
    }

    private void insert(Connection c, Table t) throws SQLException {
        int columns = t.types.length;
        String sql = "insert into BENCH_" + t.name + " values (" + "?,".repeat(columns - 1) + "?)";
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : t.rows) {
                for (int i = 0; i < columns; i++) {
                    if (row[i] == null) {
                        insert.setNull(i + 1, t.types[i]);
                    } else {
                        insert.setObject(i + 1, row[i]);
                    }
                }
                insert.addBatch();
                if (++pending == batch) {
                    insert.executeBatch();
                    c.commit();
                    pending = 0;
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }

    private Connection connect() throws SQLException {
        String url = config.dbUrl();
        return config.dbUser().isPresent()
                ? DriverManager.getConnection(url, config.dbUser().get(), config.dbPassword().orElse(""))
                : DriverManager.getConnection(url);
    }
}
