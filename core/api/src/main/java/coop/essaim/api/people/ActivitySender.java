package coop.essaim.api.people;

/**
 * Who an activity's mails come from as its customers see it: {@code email} is the entrepreneur's contact
 * address, where answers go (Reply-To), and {@code name} the name shown before the cooperative's in the From
 * line ("Fil d'Or via Coopérative Essaim"). Either may be null; the mail still leaves from the cooperative's
 * own sending address, which its SMTP server is allowed to send for.
 */
public record ActivitySender(String email, String name) {

    public static final ActivitySender NONE = new ActivitySender(null, null);

    public boolean isEmpty() {
        return (email == null || email.isBlank()) && (name == null || name.isBlank());
    }
}
