package coop.essaim.testkit;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

final class Tables {

    private Tables() {
    }

    static boolean exists(DataSource dataSource, String table) {
        try (Connection c = dataSource.getConnection()) {
            for (String name : new String[] {table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
                try (ResultSet rs = c.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tables of the test database: " + e.getMessage(), e);
        }
    }
}
