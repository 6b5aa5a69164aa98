package coop.essaim.kernel.module;

/** A module could not start; the message is what the "Modules" page shows. */
public class ModuleStartException extends RuntimeException {

    public ModuleStartException(String message) {
        super(message);
    }

    public ModuleStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
