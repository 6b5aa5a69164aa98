package coop.essaim.kernel.persistence;

import coop.essaim.kernel.config.ConfigurationException;
import coop.essaim.kernel.config.KernelConfig;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;

/**
 * Kept apart so that the PostgreSQL driver, an optional import of the kernel bundle, is only loaded when the
 * configuration asks for it.
 */
public final class PostgresDataSources {

    private PostgresDataSources() {
    }

    public static DataSource create(String url, String user, String password) {
        try {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            // a batch of inserts (EclipseLink's batch writing, the ledger's journal import) goes as multi-row
            // INSERTs rather than one statement each; a URL that says otherwise keeps its choice
            if (!url.toLowerCase(java.util.Locale.ROOT).contains("rewritebatchedinserts")) {
                ds.setReWriteBatchedInserts(true);
            }
            if (user != null) {
                ds.setUser(user);
            }
            if (password != null) {
                ds.setPassword(password);
            }
            return ds;
        } catch (NoClassDefFoundError e) {
            throw new ConfigurationException(KernelConfig.DB_URL, "the PostgreSQL driver (org.postgresql) is not "
                    + "installed; add it to the bundles or the class path", e);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(KernelConfig.DB_URL, "invalid PostgreSQL URL '" + url + "': "
                    + e.getMessage(), e);
        }
    }
}
