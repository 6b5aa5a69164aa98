package coop.essaim.api.people;

import coop.essaim.api.security.UserContext;

import java.util.Optional;

/**
 * Service: an activity's brand on its documents and mails, its logo and its {@link ActivitySender}. Whoever
 * reads the activity ({@link Activities#find}) reads them; an activity out of the actor's reach reads as having
 * none. Changing them is for whoever manages the activity ({@code core.activities.manage} with the people core's
 * reach) and for the activity's current members themselves: the brand is theirs. An activity the actor may not
 * read is refused as not found (field {@code activity}), one they read but may not change with
 * {@code AccessDeniedException}; bad input throws {@code ValidationException} naming the field and changes
 * nothing. Changes are audited.
 */
public interface ActivityBranding {

    /** The largest logo accepted, in bytes: the same as the cooperative's. */
    int LOGO_MAX_BYTES = 512 * 1024;
    /** The longest sender name, in characters. */
    int SENDER_NAME_MAX = 100;

    Optional<ActivityLogo> logo(UserContext actor, long activityId);

    /**
     * Replaces the logo. The content decides the type, not the file name: a PNG or JPEG image of at most
     * {@link #LOGO_MAX_BYTES} (field {@code logo}); anything else, an SVG included, is refused.
     */
    void changeLogo(UserContext actor, long activityId, byte[] content);

    void removeLogo(UserContext actor, long activityId);

    /** The activity's sender, {@link ActivitySender#NONE} when none was set or the activity is out of reach. */
    ActivitySender sender(UserContext actor, long activityId);

    /**
     * Replaces the sender; blank values clear it. The e-mail address must be one address with a dotted domain
     * (field {@code email}), the name one line of at most {@link #SENDER_NAME_MAX} characters (field {@code name}).
     */
    ActivitySender changeSender(UserContext actor, long activityId, ActivitySender sender);

    /** True when the actor may change this activity's brand: what a page asks before showing its forms. */
    boolean canChange(UserContext actor, long activityId);
}
