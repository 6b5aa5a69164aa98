package coop.essaim.web.internal;

import coop.essaim.api.security.UserContext;
import coop.essaim.web.internal.security.EssaimSession;
import org.apache.wicket.request.http.WebResponse;
import org.apache.wicket.request.resource.AbstractResource;

import java.util.Optional;

/**
 * An image stored in the kernel (a cooperative's or an activity's logo) served to a logged-in user: 401 for a
 * visitor, 404 when there is none or the user may not see it (one answer, so nobody learns what exists), with the
 * media type the kernel found in the content, never sniffed as another type, and cached only by the user's own
 * browser, which asks again each time (the address changes with the image anyway).
 */
public abstract class UserImageResource extends AbstractResource {

    private static final long serialVersionUID = 1L;

    /** An image's bytes and media type. */
    public record Image(byte[] content, String mediaType) {
    }

    /** The image {@code user} asked for with {@code attributes}, if it exists and they may see it. */
    protected abstract Optional<Image> image(UserContext user, Attributes attributes);

    @Override
    protected final ResourceResponse newResourceResponse(Attributes attributes) {
        ResourceResponse response = new ResourceResponse();
        UserContext user = EssaimSession.get().user().orElse(null);
        if (user == null) {
            return response.setError(401);
        }
        Optional<Image> image = image(user, attributes);
        if (image.isEmpty()) {
            return response.setError(404);
        }
        byte[] content = image.get().content();
        response.setContentType(image.get().mediaType());
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
    protected final void configureCache(ResourceResponse data, Attributes attributes) {
        if (attributes.getResponse() instanceof WebResponse web) {
            web.setHeader("Cache-Control", "private, no-cache");
            // set here as well as by HttpHardening: an image served as another type is how SVG scripts get in
            web.setHeader("X-Content-Type-Options", "nosniff");
        }
    }
}
