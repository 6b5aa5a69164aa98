package coop.essaim.kernel.migration;

import coop.essaim.kernel.host.Entries;
import coop.essaim.kernel.host.ModuleSource;
import coop.essaim.kernel.persistence.Dialect;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One migration file chosen for the running database: {@code V<yyyyMMddHHmm>__<what>[.<dialect>].sql}. */
record MigrationScript(String version, String description, String fileName, String checksum, String text) {

    private static final Pattern NAME =
            Pattern.compile("V(\\d{12})__([A-Za-z0-9_]+?)(?:\\.(derby|postgresql))?\\.sql");

    List<SqlStatements.Statement> statements() {
        return SqlStatements.split(text);
    }

    /**
     * The files of {@code folder}, in version order, each replaced by its {@code .<dialect>.sql} twin when
     * there is one. A file written for the other database only is skipped.
     */
    static List<MigrationScript> load(String moduleId, ModuleSource source, String folder, Dialect dialect) {
        String dir = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        Map<String, String[]> byVersion = new TreeMap<>();   // version -> {description, generic, specific}
        for (String name : source.entries(dir)) {
            if (!name.endsWith(".sql")) {
                continue;   // a README or notes beside the migrations
            }
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                throw new MigrationException(moduleId, "migration file " + dir + "/" + name
                        + " is not named V<yyyyMMddHHmm>__<what>.sql (letters, digits and _ in <what>)");
            }
            String[] slot = byVersion.computeIfAbsent(m.group(1), v -> new String[]{m.group(2), null, null});
            if (!slot[0].equals(m.group(2))) {
                throw new MigrationException(moduleId, "two migrations have version " + m.group(1) + ": V"
                        + m.group(1) + "__" + slot[0] + " and " + name);
            }
            if (m.group(3) == null) {
                slot[1] = name;
            } else if (m.group(3).equals(dialect.suffix())) {
                slot[2] = name;
            }
        }
        List<MigrationScript> out = new ArrayList<>();
        for (Map.Entry<String, String[]> e : byVersion.entrySet()) {
            String[] slot = e.getValue();
            String chosen = slot[2] != null ? slot[2] : slot[1];
            if (chosen != null) {
                out.add(read(moduleId, source, dir + "/" + chosen, e.getKey(), slot[0].replace('_', ' ')));
            }
        }
        return out;
    }

    private static MigrationScript read(String moduleId, ModuleSource source, String path, String version,
                                        String description) {
        URL url = source.entry(path).orElseThrow(() ->
                new MigrationException(moduleId, "migration file " + path + " is listed but cannot be opened"));
        String text;
        try {
            text = Entries.readText(url);
        } catch (IOException e) {
            throw new MigrationException(moduleId, "cannot read migration file " + path + ": " + e.getMessage(), e);
        }
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        return new MigrationScript(version, description, fileName, checksum(text), text);
    }

    /** SHA-256 of the text with Unix line ends, so a checkout that converts line ends changes nothing. */
    static String checksum(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
