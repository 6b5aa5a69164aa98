package coop.essaim.host.pf4j;

/** A file in the plugins folder that cannot be read as a plugin; the message says why, for the "Modules" page. */
final class UnreadablePluginException extends Exception {

    UnreadablePluginException(String reason) {
        super(reason);
    }

    UnreadablePluginException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
