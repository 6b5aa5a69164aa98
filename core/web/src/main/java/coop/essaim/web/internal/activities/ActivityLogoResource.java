package coop.essaim.web.internal.activities;

import coop.essaim.api.people.ActivityLogo;
import coop.essaim.api.security.UserContext;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.UserImageResource;
import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.request.resource.ResourceReference;

import java.util.Optional;

/**
 * {@code /activities/logo?id=}: an activity's logo for whoever reads the activity, with the media type the
 * kernel found in its content; 404 when it has none or the user may not read the activity (the same answer, so
 * nobody learns which activities exist), 401 for a visitor. Never sniffed as another type, cached only by the
 * user's own browser, which asks again each time (the address changes with the logo anyway).
 */
public final class ActivityLogoResource extends UserImageResource {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/activities/logo";
    public static final ResourceReference REFERENCE = new ResourceReference(ActivityLogoResource.class, "logo") {
        private static final long serialVersionUID = 1L;

        @Override
        public IResource getResource() {
            return new ActivityLogoResource();
        }
    };

    @Override
    protected Optional<Image> image(UserContext user, Attributes attributes) {
        long id = attributes.getParameters().get("id").toLong(-1);
        return (id <= 0 ? Optional.<ActivityLogo>empty() : Services.activityBranding().logo(user, id))
                .map(l -> new Image(l.content(), l.mediaType()));
    }
}
