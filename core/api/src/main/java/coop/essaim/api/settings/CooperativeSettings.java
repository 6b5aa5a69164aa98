package coop.essaim.api.settings;

import coop.essaim.api.security.UserContext;

import java.util.Optional;

/** Service: read and change a cooperative's settings. Values are validated against their definition. */
public interface CooperativeSettings {

    /**
     * The cooperative's value, or the definition's default; empty for an unknown key and for a
     * {@link SettingType#SECRET}, which is never read back.
     */
    Optional<String> value(long cooperativeId, String key);

    /** Whether the cooperative has a value of its own in force for {@code key} (a secret included). */
    boolean isSet(long cooperativeId, String key);

    /**
     * Sets a value as the acting user (who needs {@code core.cooperative.manage}); throws
     * {@code ValidationException} naming the key when the value does not fit its type or choices.
     */
    void change(UserContext actor, String key, String value);

    /**
     * Withdraws the cooperative's own value from now on, so that the definition's default applies again (for
     * example an SMTP user name when the server needs none); same permission as {@link #change}.
     */
    void reset(UserContext actor, String key);
}
