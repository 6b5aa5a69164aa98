package coop.essaim.host.osgi.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One server per data folder. A second one would wipe the first one's framework cache (it is cleaned at every
 * start) before failing on the database lock, so the launcher takes an OS file lock on {@code <data>/.lock}
 * first and keeps it until the JVM ends (the OS releases it even after a crash).
 */
final class DataFolderLock {

    /** Reachable for the life of the process: an unreachable channel is closed by the GC, releasing the lock. */
    private static volatile FileLock held;

    private DataFolderLock() {
    }

    @SuppressWarnings("resource")   // held for the life of the process on purpose
    static void acquire(Path data) throws LaunchException {
        Path file = data.resolve(".lock");
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new LaunchException("another Essaim server is using " + data + ": stop it first, or give this one "
                        + "its own --data folder");
            }
            held = lock;
        } catch (OverlappingFileLockException e) {
            throw new LaunchException("this process already uses " + data, e);
        } catch (IOException e) {
            throw new LaunchException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }
}
