package coop.essaim.api.mail;

/** The permission of the mail history, declared by the core. */
public final class MailPermissions {
    /**
     * Read the whole cooperative's mail history (administrators and accountants by default). Without it a user
     * sees only what they sent themselves. Sending needs no core permission: the module that sends checks its own.
     */
    public static final String HISTORY = "core.mail.history";

    private MailPermissions() {
    }
}
