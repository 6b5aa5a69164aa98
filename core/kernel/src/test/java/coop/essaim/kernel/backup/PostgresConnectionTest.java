package coop.essaim.kernel.backup;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostgresConnectionTest {

    @Test
    void theJdbcUrlBecomesTheEnvironmentOfPostgresqlsOwnTools() {
        PostgresConnection pg = PostgresConnection.of(
                "jdbc:postgresql://db.example.org:5433/essaim?currentSchema=coop_a&sslmode=require", "essaim", "s3cret");
        assertEquals(Map.of("PGHOST", "db.example.org", "PGPORT", "5433", "PGDATABASE", "essaim",
                "PGUSER", "essaim", "PGPASSWORD", "s3cret"), pg.environment());
        assertEquals("coop_a", pg.schema());
    }

    @Test
    void theDefaultPortAndCredentialsGivenInTheUrlAreUnderstood() {
        PostgresConnection pg = PostgresConnection.of("jdbc:postgresql://127.0.0.1/essaim?user=u&password=p%26q",
                null, null);
        assertEquals(5432, pg.port());
        assertEquals("u", pg.user());
        assertEquals("p&q", pg.password());
        assertNull(pg.schema());
    }

    @Test
    void aUrlWithoutDatabaseIsRefusedNamingTheSetting() {
        BackupException e = assertThrows(BackupException.class,
                () -> PostgresConnection.of("jdbc:postgresql://127.0.0.1:5432/", null, null));
        assertTrue(e.getMessage().startsWith("essaim.db.url: expected jdbc:postgresql://host[:port]/database"),
                e.getMessage());
    }
}
