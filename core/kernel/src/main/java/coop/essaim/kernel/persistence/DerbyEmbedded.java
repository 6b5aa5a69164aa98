package coop.essaim.kernel.persistence;

import coop.essaim.kernel.config.ConfigurationException;
import coop.essaim.kernel.config.KernelConfig;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** An embedded Derby database named by a {@code jdbc:derby:<name>[;attribute=value]*} URL. */
final class DerbyEmbedded {

    private static final Logger LOG = LoggerFactory.getLogger(DerbyEmbedded.class);
    /** "Database shut down normally" and "Derby system shut down normally". */
    private static final List<String> NORMAL_SHUTDOWN = List.of("08006", "XJ015");
    static final String PAGE_CACHE = "derby.storage.pageCacheSize";
    /**
     * Derby's default of 1000 pages (4 MB) holds a small part of the ledger's indexes, so posting a large
     * journal read and wrote back index pages for nearly every row; 20,000 pages of 4 KB cost about 100 MB of
     * heap. Static in Derby: read when a database boots, so set before the first connection; a system
     * property the host set (-Dderby.storage.pageCacheSize=...) wins.
     */
    static final String PAGE_CACHE_PAGES = "20000";
    static final String LOG_BUFFER = "derby.storage.logBufferSize";
    /**
     * Derby writes its log synchronously each time one of its three log buffers fills: at the default 32 KB, a
     * large import waited for the disk thousands of times before its commit. 1 MB a buffer; every commit still
     * forces the log to disk, so durability is unchanged.
     */
    static final String LOG_BUFFER_BYTES = "1048576";

    private final String databaseName;
    private final EmbeddedDataSource dataSource;

    private DerbyEmbedded(String databaseName, EmbeddedDataSource dataSource) {
        this.databaseName = databaseName;
        this.dataSource = dataSource;
    }

    static DerbyEmbedded parse(String url, String user, String password) {
        String rest = url.substring("jdbc:derby:".length());
        if (rest.startsWith("//")) {
            throw new ConfigurationException(KernelConfig.DB_URL, "the Derby network client is not supported ('"
                    + url + "'): use embedded Derby (jdbc:derby:<folder>;create=true) or PostgreSQL");
        }
        String[] parts = rest.split(";");
        String name = parts[0].trim();
        if (name.isEmpty()) {
            throw new ConfigurationException(KernelConfig.DB_URL, "no database folder in '" + url + "'");
        }
        setIfAbsent(PAGE_CACHE, PAGE_CACHE_PAGES);
        setIfAbsent(LOG_BUFFER, LOG_BUFFER_BYTES);
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(name);
        List<String> attributes = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String a = parts[i].trim();
            if (a.isEmpty()) {
                continue;
            }
            if (a.equalsIgnoreCase("create=true")) {
                ds.setCreateDatabase("create");
            } else if (a.toLowerCase().startsWith("shutdown=")) {
                throw new ConfigurationException(KernelConfig.DB_URL, "'" + a + "' does not belong in the URL");
            } else {
                attributes.add(a);
            }
        }
        if (!attributes.isEmpty()) {
            ds.setConnectionAttributes(String.join(";", attributes));
        }
        if (user != null) {
            ds.setUser(user);
        }
        if (password != null) {
            ds.setPassword(password);
        }
        return new DerbyEmbedded(name, ds);
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    EmbeddedDataSource dataSource() {
        return dataSource;
    }

    /** The ";shutdown=true" of a URL: Derby answers with an SQLException whose state says it went well. */
    void shutdown() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(databaseName);
        ds.setShutdownDatabase("shutdown");
        if (dataSource.getUser() != null) {
            ds.setUser(dataSource.getUser());
            ds.setPassword(dataSource.getPassword());
        }
        try (Connection ignored = ds.getConnection()) {
            LOG.warn("Derby database {} did not report its shutdown", databaseName);
        } catch (SQLException e) {
            if (NORMAL_SHUTDOWN.contains(e.getSQLState())) {
                LOG.debug("Derby database {} shut down", databaseName);
            } else if ("XJ004".equals(e.getSQLState())) {
                LOG.debug("Derby database {} was not booted", databaseName);
            } else {
                LOG.warn("Derby database {} did not shut down cleanly: {} ({})", databaseName, e.getMessage(),
                        e.getSQLState());
            }
        }
    }
}
