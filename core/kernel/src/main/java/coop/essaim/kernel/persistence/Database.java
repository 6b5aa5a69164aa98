package coop.essaim.kernel.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import coop.essaim.kernel.config.ConfigurationException;
import coop.essaim.kernel.config.KernelConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

/**
 * The installation's one database: a pooled DataSource (HikariCP) over embedded Derby or PostgreSQL.
 * DataSources are built directly from the driver classes, never through {@code DriverManager}, which does not
 * see drivers inside OSGi. {@link #close()} closes the pool and shuts an embedded Derby database down so
 * the next start finds it clean.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** Two: a block is read in one short statement, so a second connection only covers one being opened. */
    static final int SEQUENCING_POOL_SIZE = 2;

    private final Dialect dialect;
    private final String url;
    private final HikariDataSource pool;
    private final HikariDataSource sequencing;
    private final Runnable shutdown;
    private volatile boolean closed;

    private Database(Dialect dialect, String url, HikariDataSource pool, HikariDataSource sequencing,
                     Runnable shutdown) {
        this.dialect = dialect;
        this.url = url;
        this.pool = pool;
        this.sequencing = sequencing;
        this.shutdown = shutdown;
    }

    /** Opens the database of {@code config}; throws {@link ConfigurationException} naming the key at fault. */
    public static Database open(KernelConfig config) {
        String url = config.dbUrl();
        String user = config.dbUser().orElse(null);
        String password = config.dbPassword().orElse(null);
        DataSource raw;
        Dialect dialect;
        Runnable shutdown;
        if (url.startsWith("jdbc:derby:")) {
            DerbyEmbedded derby = DerbyEmbedded.parse(url, user, password);
            raw = derby.dataSource();
            dialect = Dialect.DERBY;
            shutdown = derby::shutdown;
        } else if (url.startsWith("jdbc:postgresql:")) {
            raw = PostgresDataSources.create(url, user, password);
            dialect = Dialect.POSTGRESQL;
            shutdown = () -> { };
        } else {
            throw new ConfigurationException(KernelConfig.DB_URL, "unsupported database URL '" + url
                    + "': expected jdbc:derby:<folder>;create=true or jdbc:postgresql://<host>/<database>");
        }
        HikariConfig hc = new HikariConfig();
        hc.setDataSource(raw);
        hc.setPoolName("essaim-db");
        hc.setMaximumPoolSize(config.dbPoolSize());
        hc.setMinimumIdle(Math.min(2, config.dbPoolSize()));
        HikariConfig hs = new HikariConfig();
        hs.setDataSource(raw);
        hs.setPoolName("essaim-db-sequencing");
        hs.setMaximumPoolSize(SEQUENCING_POOL_SIZE);
        hs.setMinimumIdle(1);
        HikariDataSource pool;
        HikariDataSource sequencing;
        try {
            pool = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            shutdown.run();
            throw new ConfigurationException(KernelConfig.DB_URL, "cannot connect to " + url + ": "
                    + rootMessage(e), e);
        }
        try {
            sequencing = new HikariDataSource(hs);
        } catch (RuntimeException e) {
            pool.close();
            shutdown.run();
            throw new ConfigurationException(KernelConfig.DB_URL, "cannot connect to " + url + ": "
                    + rootMessage(e), e);
        }
        LOG.info("database {} ({}), pool of {} and {} for new ids", url, dialect, config.dbPoolSize(),
                SEQUENCING_POOL_SIZE);
        return new Database(dialect, url, pool, sequencing, shutdown);
    }

    public DataSource dataSource() {
        return pool;
    }

    /** A small pool of its own where the persistence units draw new blocks of ids ({@code SeparateSequencing}). */
    public DataSource sequencing() {
        return sequencing;
    }

    public Dialect dialect() {
        return dialect;
    }

    public String url() {
        return url;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        sequencing.close();
        pool.close();
        shutdown.run();
        LOG.info("database {} closed", url);
    }

    static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        return r.getMessage() == null ? r.getClass().getName() : r.getMessage();
    }
}
