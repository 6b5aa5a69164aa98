package coop.essaim.kernel.backup;

import coop.essaim.kernel.persistence.Dialect;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * {@code manifest.properties} of a backup folder: when and by which core version it was taken, from which kind
 * of database, and each cooperative's {@link LedgerFingerprint} at that instant. Written last, so a folder
 * without it is an unfinished backup.
 */
public record BackupManifest(Instant takenAt, String coreVersion, Dialect dialect, List<LedgerFingerprint> ledgers) {

    public static final String FILE = "manifest.properties";

    public BackupManifest {
        ledgers = List.copyOf(ledgers);
    }

    public long entries() {
        return ledgers.stream().mapToLong(LedgerFingerprint::lastSeq).sum();
    }

    void write(Path folder) {
        Properties p = new Properties();
        p.setProperty("taken-at", takenAt.toString());
        p.setProperty("core-version", coreVersion);
        p.setProperty("database", dialect.suffix());
        p.setProperty("cooperatives", Integer.toString(ledgers.size()));
        for (int i = 0; i < ledgers.size(); i++) {
            LedgerFingerprint f = ledgers.get(i);
            p.setProperty("cooperative." + i, f.cooperativeId() + "," + f.lastSeq() + "," + f.lastHash() + ","
                    + f.postings() + "," + f.debitMinor());
        }
        try (Writer w = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            p.store(w, "Essaim backup: each cooperative is id,entries,last hash,postings,debit total (minor units)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** @throws BackupException when the folder holds no manifest, or one this code cannot read */
    public static BackupManifest read(Path folder) {
        Path file = folder.resolve(FILE);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            throw new BackupException(folder + " is not a complete Essaim backup: it has no " + FILE);
        } catch (IOException e) {
            throw new BackupException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            Dialect dialect = Dialect.valueOf(p.getProperty("database", "").toUpperCase(Locale.ROOT));
            int count = Integer.parseInt(p.getProperty("cooperatives", ""));
            List<LedgerFingerprint> ledgers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String[] f = p.getProperty("cooperative." + i, "").split(",", -1);
                ledgers.add(new LedgerFingerprint(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2],
                        Long.parseLong(f[3]), Long.parseLong(f[4])));
            }
            return new BackupManifest(Instant.parse(p.getProperty("taken-at", "")), p.getProperty("core-version", ""),
                    dialect, ledgers);
        } catch (IllegalArgumentException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            throw new BackupException(file + " is damaged (" + e.getMessage() + "): this backup cannot be trusted");
        }
    }
}
