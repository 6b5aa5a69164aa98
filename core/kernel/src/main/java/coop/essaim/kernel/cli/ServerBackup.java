package coop.essaim.kernel.cli;

import coop.essaim.kernel.backup.BackupException;
import coop.essaim.kernel.backup.BackupManifest;
import coop.essaim.kernel.backup.BackupRequests;
import coop.essaim.kernel.backup.Backups;
import coop.essaim.kernel.config.KernelConfig;
import coop.essaim.kernel.host.HostEnvironment;
import coop.essaim.kernel.persistence.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;

/**
 * Takes a backup wherever the database can be reached: PostgreSQL directly (its server serves any number of
 * clients); embedded Derby directly when no server has it booted, otherwise through the running server
 * ({@link BackupRequests}), which alone may read it.
 */
final class ServerBackup {

    /** How long a running server has to take a request before the command concludes that none is listening. */
    static final Duration PICK_UP = Duration.ofSeconds(30);

    record Outcome(int cooperatives, long entries, boolean throughServer) {
    }

    private final HostEnvironment env;
    private final KernelConfig config;
    private final Backups backups;
    private final Duration wait;

    ServerBackup(HostEnvironment env, KernelConfig config, Backups backups, Duration wait) {
        this.env = env;
        this.config = config;
        this.backups = backups;
        this.wait = wait;
    }

    Outcome take(Path target) {
        if (!config.dbUrl().startsWith("jdbc:derby:")) {
            try (Database db = Database.open(config)) {
                return direct(backups.backup(db, config, target));
            }
        }
        Path database = Backups.derbyFolder(config.dbUrl());
        if (!Files.isDirectory(database)) {
            throw new BackupException("there is no database in " + database
                    + ": nothing to back up (is --data the installation's data folder?)");
        }
        DataFolderLock lock = DataFolderLock.tryTake(env.data());
        if (lock != null) {
            try (lock) {
                Database db = openUnlessBooted();
                if (db != null) {
                    try (db) {
                        return direct(backups.backup(db, config, target));
                    }
                }
            }
        }
        return throughServer(target);
    }

    private Database openUnlessBooted() {
        try {
            return Database.open(config);
        } catch (RuntimeException e) {
            if (DataFolderLock.bootedElsewhere(e)) {
                return null;
            }
            throw e;
        }
    }

    private static Outcome direct(BackupManifest m) {
        return new Outcome(m.ledgers().size(), m.entries(), false);
    }

    private Outcome throughServer(Path target) {
        Path folder = env.data().resolve(BackupRequests.FOLDER);
        String id = UUID.randomUUID().toString();
        Path request = folder.resolve(id + BackupRequests.REQUEST);
        try {
            Files.createDirectories(folder);
            Path tmp = folder.resolve(id + ".tmp");
            Files.writeString(tmp, target.toString(), StandardCharsets.UTF_8);
            Files.move(tmp, request, StandardCopyOption.ATOMIC_MOVE);
            long picked = System.nanoTime() + PICK_UP.toNanos();
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline) {
                Path done = folder.resolve(id + BackupRequests.DONE);
                Path failed = folder.resolve(id + BackupRequests.FAILED);
                if (Files.exists(done)) {
                    String[] answer = Files.readString(done, StandardCharsets.UTF_8).split(" ", 3);
                    Files.delete(done);
                    return new Outcome(Integer.parseInt(answer[0]), Long.parseLong(answer[1]), true);
                }
                if (Files.exists(failed)) {
                    String reason = Files.readString(failed, StandardCharsets.UTF_8);
                    Files.delete(failed);
                    throw new BackupException(reason);
                }
                if (System.nanoTime() > picked && Files.deleteIfExists(request)) {
                    throw new BackupException("the database in " + env.data() + " is in use, but no Essaim server "
                            + "took the backup request within " + PICK_UP.toSeconds() + " s: is the server that uses "
                            + "it an Essaim server of this version, and is it still starting?");
                }
                Thread.sleep(200);
            }
            throw new BackupException("the running server did not finish the backup within " + wait.toMinutes()
                    + " minutes; it goes on, and its log will tell when it is done");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot ask the running server for a backup through " + folder + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException("interrupted while waiting for the server's backup", e);
        }
    }
}
