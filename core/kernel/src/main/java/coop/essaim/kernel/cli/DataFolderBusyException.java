package coop.essaim.kernel.cli;

/** The data folder is in use by a running server (its lock is held, or its embedded database is booted). */
public final class DataFolderBusyException extends RuntimeException {

    public DataFolderBusyException(String message) {
        super(message);
    }
}
