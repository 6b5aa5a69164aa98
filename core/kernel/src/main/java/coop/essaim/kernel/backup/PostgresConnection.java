package coop.essaim.kernel.backup;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code jdbc:postgresql://host[:port]/database[?currentSchema=...]} URL as PostgreSQL's own tools take it:
 * the {@code PG*} environment variables (so the password never shows in a process list) and the schema, when
 * the installation lives in one.
 */
record PostgresConnection(String host, int port, String database, String schema, String user, String password) {

    static PostgresConnection of(String jdbcUrl, String user, String password) {
        URI uri;
        try {
            uri = new URI(jdbcUrl.substring("jdbc:".length()));
        } catch (URISyntaxException | StringIndexOutOfBoundsException e) {
            throw new BackupException("essaim.db.url: not a PostgreSQL URL the backup understands: " + jdbcUrl);
        }
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || database.isEmpty()) {
            throw new BackupException("essaim.db.url: expected jdbc:postgresql://host[:port]/database, got " + jdbcUrl);
        }
        Map<String, String> query = query(uri.getRawQuery());
        return new PostgresConnection(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database,
                query.get("currentSchema"), user != null ? user : query.get("user"),
                password != null ? password : query.get("password"));
    }

    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PGHOST", host);
        env.put("PGPORT", Integer.toString(port));
        env.put("PGDATABASE", database);
        if (user != null) {
            env.put("PGUSER", user);
        }
        if (password != null) {
            env.put("PGPASSWORD", password);
        }
        return env;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw == null) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return q;
    }
}
