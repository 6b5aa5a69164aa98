package coop.essaim.kernel.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases Essaim runs on; {@link #suffix()} names the migration files written for one of them. */
public enum Dialect {
    DERBY("derby"),
    POSTGRESQL("postgresql");

    private final String suffix;

    Dialect(String suffix) {
        this.suffix = suffix;
    }

    /** {@code derby} or {@code postgresql}: {@code V..__what.<suffix>.sql} replaces {@code V..__what.sql}. */
    public String suffix() {
        return suffix;
    }

    /** Told by the driver itself, so a DataSource handed over by a test or a host needs no extra hint. */
    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (p.contains("derby")) {
            return DERBY;
        }
        if (p.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new SQLException("unsupported database '" + product + "': Essaim runs on Apache Derby or PostgreSQL");
    }
}
