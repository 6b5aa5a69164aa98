package coop.essaim.kernel.migration;

import coop.essaim.kernel.host.ModuleSource;
import coop.essaim.kernel.persistence.Dialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a module's migrations (see {@code PersistenceContribution}): each pending file in version order,
 * in its own transaction together with its history row, under a lock of the history table. An applied file
 * whose checksum changed stops the module before anything runs; a failing statement rolls its file back
 * and is reported with the file, the statement number and the database's message.
 */
public final class MigrationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private final DataSource dataSource;
    private final String appliedBy;
    private final Clock clock;

    public MigrationRunner(DataSource dataSource, Clock clock) {
        this(dataSource, localHostName(), clock);
    }

    public MigrationRunner(DataSource dataSource, String appliedBy, Clock clock) {
        this.dataSource = dataSource;
        this.appliedBy = appliedBy;
        this.clock = clock;
    }

    /**
     * @return the file names applied now (empty when the schema was up to date)
     * @throws MigrationException with a message an administrator can act on
     */
    public List<String> migrate(String moduleId, ModuleSource source, String folder) {
        List<String> applied = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Dialect dialect = Dialect.of(c);
            List<MigrationScript> scripts = MigrationScript.load(moduleId, source, folder, dialect);
            if (scripts.isEmpty()) {
                return applied;
            }
            SchemaHistory.ensure(c);
            Map<String, String> recorded = SchemaHistory.applied(c, moduleId);
            c.commit();
            for (MigrationScript s : scripts) {
                String sum = recorded.get(s.version());
                if (sum != null && !sum.equals(s.checksum())) {
                    throw changed(moduleId, s);
                }
            }
            for (MigrationScript s : scripts) {
                if (!recorded.containsKey(s.version()) && apply(c, moduleId, s)) {
                    applied.add(s.fileName());
                }
            }
        } catch (SQLException e) {
            throw new MigrationException(moduleId, "cannot use " + SchemaHistory.TABLE + ": " + e.getMessage()
                    + " [SQLState " + e.getSQLState() + "]", e);
        }
        if (!applied.isEmpty()) {
            LOG.info("module {}: applied migrations {}", moduleId, applied);
        }
        return applied;
    }

    /** False when another node applied it while this one waited for the lock. */
    private boolean apply(Connection c, String moduleId, MigrationScript script) throws SQLException {
        try {
            SchemaHistory.lock(c);
            Optional<String> done = SchemaHistory.checksumOf(c, moduleId, script.version());
            if (done.isPresent()) {
                c.rollback();
                if (!done.get().equals(script.checksum())) {
                    throw changed(moduleId, script);
                }
                return false;
            }
            for (SqlStatements.Statement st : script.statements()) {
                try (Statement s = c.createStatement()) {
                    s.execute(st.sql());
                } catch (SQLException e) {
                    c.rollback();
                    throw new MigrationException(moduleId, "migration " + script.fileName() + " failed at statement "
                            + st.number() + " (line " + st.line() + "): " + e.getMessage() + " [SQLState "
                            + e.getSQLState() + "]; the file was rolled back", e);
                }
            }
            SchemaHistory.record(c, moduleId, script, appliedBy, clock.instant());
            c.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw e;
        }
    }

    private static MigrationException changed(String moduleId, MigrationScript s) {
        return new MigrationException(moduleId, "migration " + s.fileName() + " was changed after it was applied "
                + "(its checksum differs from the one recorded in " + SchemaHistory.TABLE + "); restore the "
                + "applied file and put the change in a new migration");
    }

    private static String localHostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
