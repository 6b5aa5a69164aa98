package coop.essaim.kernel.config;

/** A setting of {@code conf/essaim.properties} (or an {@code essaim.*} system property) is unusable. */
public class ConfigurationException extends RuntimeException {

    private final String key;

    public ConfigurationException(String key, String message) {
        super(key + ": " + message);
        this.key = key;
    }

    public ConfigurationException(String key, String message, Throwable cause) {
        super(key + ": " + message, cause);
        this.key = key;
    }

    /** The property at fault, for example {@code essaim.db.pool.size}. */
    public String key() {
        return key;
    }
}
