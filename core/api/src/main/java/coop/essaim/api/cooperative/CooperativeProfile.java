package coop.essaim.api.cooperative;

import coop.essaim.api.security.UserContext;

import java.util.Optional;

/**
 * Service: the cooperative's identity and logo. Every user of a cooperative reads them (they are printed on
 * its documents); changing them needs {@code core.cooperative.manage}. Bad input throws
 * {@code ValidationException} naming the field, changes are audited.
 */
public interface CooperativeProfile {

    /** The largest logo accepted, in bytes. */
    int LOGO_MAX_BYTES = 512 * 1024;

    CooperativeIdentity identity(UserContext actor);

    CooperativeIdentity changeIdentity(UserContext actor, CooperativeIdentity identity);

    /** For documents a module renders on the cooperative's behalf, hence by id. */
    Optional<CooperativeLogo> logo(long cooperativeId);

    /**
     * Replaces the logo. The content decides the type, not the file name: a PNG or JPEG image of at most
     * {@link #LOGO_MAX_BYTES}; anything else (an SVG, which may carry scripts, included) is refused.
     */
    void changeLogo(UserContext actor, byte[] content);

    void removeLogo(UserContext actor);
}
