package coop.essaim.web.internal.cooperative;

import coop.essaim.api.security.UserContext;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.UserImageResource;
import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.request.resource.ResourceReference;

import java.util.Optional;

/**
 * The logo of the logged-in user's cooperative, with the media type the kernel found in its content; 404 when
 * it has none, 401 for a visitor. Never sniffed as another type, and cached only by the user's own browser,
 * which asks again each time (the address changes with the logo anyway).
 */
public final class CooperativeLogoResource extends UserImageResource {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/cooperative/logo";
    public static final ResourceReference REFERENCE = new ResourceReference(CooperativeLogoResource.class, "logo") {
        private static final long serialVersionUID = 1L;

        @Override
        public IResource getResource() {
            return new CooperativeLogoResource();
        }
    };

    @Override
    protected Optional<Image> image(UserContext user, Attributes attributes) {
        return Services.cooperativeProfile().logo(user.cooperativeId()).map(l -> new Image(l.content(), l.mediaType()));
    }
}
