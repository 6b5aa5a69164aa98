package coop.essaim.kernel.persistence;

/** A module's persistence unit could not be built (missing class, mapping error...). */
public class PersistenceUnitException extends RuntimeException {

    public PersistenceUnitException(String unit, String message) {
        super("persistence unit " + unit + ": " + message);
    }

    public PersistenceUnitException(String unit, String message, Throwable cause) {
        super("persistence unit " + unit + ": " + message, cause);
    }
}
