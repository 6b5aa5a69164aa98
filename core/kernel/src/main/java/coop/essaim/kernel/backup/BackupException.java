package coop.essaim.kernel.backup;

/** A backup or restore that could not be done, with what the operator can do about it; nothing was changed. */
public final class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
