package coop.essaim.web.internal.activities;

import coop.essaim.api.people.ActivityLogo;
import coop.essaim.api.security.UserContext;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.security.EssaimSession;
import org.apache.wicket.request.http.WebResponse;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.request.resource.ResourceReference;

import java.util.Optional;

/**
 * {@code /activities/logo?id=}: an activity's logo for whoever reads the activity, with the media type the
 * kernel found in its content; 404 when it has none or the user may not read the activity (the same answer, so
 * nobody learns which activities exist), 401 for a visitor. Never sniffed as another type, cached only by the
 * user's own browser, which asks again each time (the address changes with the logo anyway).
 */
public final class ActivityLogoResource extends AbstractResource {

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
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        ResourceResponse response = new ResourceResponse();
        UserContext user = EssaimSession.get().user().orElse(null);
        if (user == null) {
            return response.setError(401);
        }
        long id = attributes.getParameters().get("id").toLong(-1);
        Optional<ActivityLogo> logo = id <= 0 ? Optional.empty() : Services.activityBranding().logo(user, id);
        if (logo.isEmpty()) {
            return response.setError(404);
        }
        byte[] content = logo.get().content();
        response.setContentType(logo.get().mediaType());
        response.setContentLength(content.length);
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes a) {
                a.getResponse().write(content);
            }
        });
        return response;
    }

    @Override
    protected void configureCache(ResourceResponse data, Attributes attributes) {
        if (attributes.getResponse() instanceof WebResponse web) {
            web.setHeader("Cache-Control", "private, no-cache");
            // an image served as another type is how SVG scripts get in
            web.setHeader("X-Content-Type-Options", "nosniff");
        }
    }
}
