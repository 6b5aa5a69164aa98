package coop.essaim.kernel.backup;

import coop.essaim.kernel.config.KernelConfig;
import coop.essaim.kernel.persistence.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * How {@code essaim backup} reaches a running server whose embedded Derby database no other process may open:
 * the command drops {@code <data>/run/backup/<id>.request} (one line, the target folder) and this watcher,
 * running inside the server, renames it {@code <id>.working}, takes the backup and answers with
 * {@code <id>.done} (cooperatives, entries and folder) or {@code <id>.failed} (the reason). Only who can write into the data folder can ask, the same person who could
 * copy the database's files: the installation's operator.
 */
public final class BackupRequests implements AutoCloseable {

    public static final String FOLDER = "run/backup";
    public static final String REQUEST = ".request";
    public static final String WORKING = ".working";
    public static final String DONE = ".done";
    public static final String FAILED = ".failed";
    private static final Logger LOG = LoggerFactory.getLogger(BackupRequests.class);
    private static final long POLL_MILLIS = 500;

    private final Path folder;
    private final Backups backups;
    private final Database db;
    private final KernelConfig config;
    private final Thread watcher;
    private final Object tick = new Object();
    private volatile boolean closed;

    private BackupRequests(Path folder, Backups backups, Database db, KernelConfig config) {
        this.folder = folder;
        this.backups = backups;
        this.db = db;
        this.config = config;
        this.watcher = new Thread(this::watch, "essaim-backup-requests");
        this.watcher.setDaemon(true);
    }

    public static BackupRequests start(Path data, Backups backups, Database db, KernelConfig config) {
        BackupRequests requests = new BackupRequests(data.resolve(FOLDER), backups, db, config);
        requests.watcher.start();
        return requests;
    }

    /** Answers every request waiting now; the watcher calls it twice a second. */
    void answerWaiting() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> waiting;
        try (Stream<Path> files = Files.list(folder)) {
            waiting = files.filter(p -> p.getFileName().toString().endsWith(REQUEST)).sorted().toList();
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", folder, e.getMessage());
            return;
        }
        waiting.forEach(this::answer);
    }

    private void answer(Path request) {
        String name = request.getFileName().toString();
        String id = name.substring(0, name.length() - REQUEST.length());
        Path working = folder.resolve(id + WORKING);
        try {
            Files.move(request, working, StandardCopyOption.ATOMIC_MOVE);   // tells the command it was taken
        } catch (IOException e) {
            LOG.warn("cannot take backup request {}: {}", id, e.getMessage());
            return;
        }
        String answer;
        boolean done;
        try {
            Path target = Path.of(Files.readString(working, StandardCharsets.UTF_8).strip());
            BackupManifest m = backups.backup(db, config, target);
            answer = m.ledgers().size() + " " + m.entries() + " " + target.toAbsolutePath().normalize();
            done = true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("backup request {} failed: {}", id, e.getMessage());
            answer = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            done = false;
        }
        try {
            Path tmp = folder.resolve(id + ".answer");
            Files.writeString(tmp, answer, StandardCharsets.UTF_8);
            Files.move(tmp, folder.resolve(id + (done ? DONE : FAILED)), StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(working);
        } catch (IOException e) {
            LOG.warn("cannot answer backup request {}: {}", id, e.getMessage());
        }
    }

    private void watch() {
        while (!closed) {
            try {
                answerWaiting();
                synchronized (tick) {
                    if (!closed) {
                        tick.wait(POLL_MILLIS);
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("backup requests: {}", e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        // no interrupt: Derby must not be interrupted in the middle of a copy
        synchronized (tick) {
            tick.notifyAll();
        }
        try {
            watcher.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
