package coop.essaim.invoicing.internal.branding;

import coop.essaim.api.cooperative.CooperativeLogo;
import coop.essaim.api.cooperative.CooperativeProfile;
import coop.essaim.api.mail.MailSender;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityBranding;
import coop.essaim.api.people.ActivityLogo;
import coop.essaim.api.people.ActivitySender;
import coop.essaim.api.security.UserContext;

import java.util.Optional;

/**
 * The activity's brand as the sales documents and their mails show it, read with the actor's rights: its own
 * logo, else the cooperative's; its sender's name (else its brand, else its name) before the cooperative's in
 * the From line, and its contact address as the Reply-To, so the customer answers the entrepreneur while the
 * mail still leaves from the cooperative's address.
 */
public final class ActivityBrands {

    private final ActivityBranding branding;
    private final Activities activities;
    private final CooperativeProfile profile;

    public ActivityBrands(ActivityBranding branding, Activities activities, CooperativeProfile profile) {
        this.branding = branding;
        this.activities = activities;
        this.profile = profile;
    }

    /** The logo a document of the activity carries: the activity's own, else the cooperative's, else none. */
    public Optional<ActivityLogo> logo(UserContext actor, long activityId) {
        Optional<ActivityLogo> own = branding.logo(actor, activityId);
        if (own.isPresent()) {
            return own;
        }
        return profile.logo(actor.cooperativeId()).map(ActivityBrands::asLogo);
    }

    /** The activity's contact address, or null when it set none. */
    public String contactEmail(UserContext actor, long activityId) {
        return branding.sender(actor, activityId).email();
    }

    /** Whom the activity's mails are sent for; null when the activity is out of the actor's reach. */
    public MailSender sender(UserContext actor, long activityId) {
        Optional<Activity> activity = activities.find(actor, activityId);
        if (activity.isEmpty()) {
            return null;
        }
        ActivitySender own = branding.sender(actor, activityId);
        Activity a = activity.get();
        String name = own.name() != null ? own.name()
                : a.brand() != null && !a.brand().isBlank() ? a.brand() : a.name();
        return new MailSender(name, own.email());
    }

    private static ActivityLogo asLogo(CooperativeLogo logo) {
        return new ActivityLogo(logo.content(), logo.mediaType());
    }
}
