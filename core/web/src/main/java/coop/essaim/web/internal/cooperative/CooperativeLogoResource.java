package coop.essaim.web.internal.cooperative;

import coop.essaim.api.cooperative.CooperativeLogo;
import coop.essaim.api.security.UserContext;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.security.EssaimSession;
import org.apache.wicket.request.http.WebResponse;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.request.resource.ResourceReference;

import java.util.Optional;

/**
 * The logo of the logged-in user's cooperative, with the media type the kernel found in its content; 404 when
 * it has none, 401 for a visitor. Never sniffed as another type, and cached only by the user's own browser,
 * which asks again each time (the address changes with the logo anyway).
 */
public final class CooperativeLogoResource extends AbstractResource {

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
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        ResourceResponse response = new ResourceResponse();
        UserContext user = EssaimSession.get().user().orElse(null);
        if (user == null) {
            return response.setError(401);
        }
        Optional<CooperativeLogo> logo = Services.cooperativeProfile().logo(user.cooperativeId());
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
            // set here as well as by HttpHardening: an image served as another type is how SVG scripts get in
            web.setHeader("X-Content-Type-Options", "nosniff");
        }
    }
}
