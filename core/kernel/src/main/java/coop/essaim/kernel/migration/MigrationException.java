package coop.essaim.kernel.migration;

/** A module's migrations could not be applied; the message says which module, file and statement. */
public class MigrationException extends RuntimeException {

    private final String moduleId;

    public MigrationException(String moduleId, String message) {
        super("module " + moduleId + ": " + message);
        this.moduleId = moduleId;
    }

    public MigrationException(String moduleId, String message, Throwable cause) {
        super("module " + moduleId + ": " + message, cause);
        this.moduleId = moduleId;
    }

    public String moduleId() {
        return moduleId;
    }
}
