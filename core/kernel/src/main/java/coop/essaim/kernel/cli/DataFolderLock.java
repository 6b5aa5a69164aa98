package coop.essaim.kernel.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;

/**
 * {@code <data>/.lock}, the lock the server launcher holds while it runs: a command that works on the data
 * folder itself takes it, so no server starts meanwhile.
 */
final class DataFolderLock implements AutoCloseable {

    private final FileChannel channel;

    private DataFolderLock(FileChannel channel) {
        this.channel = channel;
    }

    /** @throws DataFolderBusyException when a server holds it */
    static DataFolderLock take(Path data) {
        DataFolderLock lock = tryTake(data);
        if (lock == null) {
            throw new DataFolderBusyException(data.toString());
        }
        return lock;
    }

    /** The lock, or null when a server holds it. */
    static DataFolderLock tryTake(Path data) {
        try {
            Files.createDirectories(data);
            FileChannel channel = FileChannel.open(data.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            return new DataFolderLock(channel); // the lock lives as long as the channel
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + data.resolve(".lock") + ": " + e.getMessage(), e);
        }
    }

    /**
     * Derby refuses a second boot of a database that another process holds (SQLState XSDB6): the embedded host
     * runs without the folder's lock, so this is how a command finds it running.
     */
    static boolean bootedElsewhere(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if ("XSDB6".equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
            if (t.getMessage() != null && t.getMessage().contains("XSDB6")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
