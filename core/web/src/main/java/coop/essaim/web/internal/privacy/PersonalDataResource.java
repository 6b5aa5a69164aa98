package coop.essaim.web.internal.privacy;

import coop.essaim.api.people.PersonalData;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.security.EssaimSession;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.ContentDisposition;
import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.request.resource.ResourceReference;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Everything the cooperative keeps about one person, as a JSON or CSV download ({@link PersonalData#export}).
 * The kernel decides who may export whom; a person the user may not see answers 404, exactly as one that does
 * not exist. The export is written whole before the response starts, so a refusal never sends half a file.
 */
public final class PersonalDataResource extends AbstractResource {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/people/${id}/export/${format}";
    public static final ResourceReference REFERENCE = new ResourceReference(PersonalDataResource.class,
            "personal-data") {
        private static final long serialVersionUID = 1L;

        @Override
        public IResource getResource() {
            return new PersonalDataResource();
        }
    };

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        ResourceResponse response = new ResourceResponse();
        UserContext user = EssaimSession.get().user().orElse(null);
        if (user == null) {
            return response.setError(401);
        }
        long id;
        PersonalData.Format format;
        try {
            id = Long.parseLong(attributes.getParameters().get("id").toString(""));
            format = PersonalData.Format.valueOf(attributes.getParameters().get("format").toString("")
                    .toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return response.setError(404);
        }
        StringWriter out = new StringWriter();
        try {
            Services.personalData().export(user, id, format, out);
        } catch (AccessDeniedException e) {
            return response.setError(403);
        } catch (ValidationException e) {
            return response.setError(404);
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        String extension = format.name().toLowerCase(Locale.ROOT);
        response.setContentType((format == PersonalData.Format.JSON ? "application/json" : "text/csv")
                + "; charset=UTF-8");
        response.setTextEncoding("UTF-8");
        response.setFileName("person-" + id + "." + extension);
        response.setContentDisposition(ContentDisposition.ATTACHMENT);
        response.setContentLength(bytes.length);
        response.setCacheDuration(Duration.ZERO);
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes a) {
                a.getResponse().write(bytes);
            }
        });
        return response;
    }
}
