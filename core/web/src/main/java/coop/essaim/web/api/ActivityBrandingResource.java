package coop.essaim.web.api;

import coop.essaim.api.people.Activities;
import coop.essaim.api.people.ActivityBranding;
import coop.essaim.api.people.ActivityLogo;
import coop.essaim.api.people.ActivitySender;
import coop.essaim.api.security.UserContext;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/v1/activities/{id}/branding} (the sender, as JSON) and {@code /api/v1/activities/{id}/logo} (the
 * image itself as the body, as the core API takes files: no base64), with the {@link ActivityBranding} service's
 * rules. An activity the caller may not read is a 404 before anything else; one they read but may not change
 * a 403; a bad value a 422 naming the field.
 */
final class ActivityBrandingResource {

    private static final Set<String> FIELDS = Set.of("email", "name");
    private static final String TYPES = "image/png|image/jpeg|application/octet-stream";

    private ActivityBrandingResource() {
    }

    static void get(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        long id = visible(exchange, user);
        exchange.send(200, write(exchange, user, id, branding(exchange).sender(user, id)));
    }

    /** {@code {"email": "jeanne@fil-or.example", "name": "Fil d'Or"}}: a field left out or null is cleared. */
    static void put(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        long id = visible(exchange, user);
        JsonBody body = JsonBody.read(exchange).allowOnly(FIELDS);
        ActivitySender sender = new ActivitySender(body.string("email"), body.string("name"));
        body.complete();
        ActivitySender saved = exchange.renaming(f -> f, () -> branding(exchange).changeSender(user, id, sender));
        exchange.send(200, write(exchange, user, id, saved));
    }

    static void logo(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        long id = visible(exchange, user);
        ActivityLogo logo = branding(exchange).logo(user, id).orElseThrow(exchange::notFound);
        exchange.header("X-Content-Type-Options", "nosniff");
        exchange.header("Cache-Control", "private, no-cache");
        exchange.send(200, logo.mediaType(), logo.content());
    }

    /** The image as the body: 415 unless an image type or octet-stream, 413 beyond the limit; the kernel reads the content. */
    static void putLogo(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        long id = visible(exchange, user);
        exchange.requireType(TYPES, "api.logo.type");
        int max = ActivityBranding.LOGO_MAX_BYTES;
        byte[] image = exchange.body(max, () -> new ApiProblem(413, exchange.text("api.logo.tooLarge", max / 1024)));
        exchange.renaming(f -> f, () -> {
            branding(exchange).changeLogo(user, id, image);
            return null;
        });
        exchange.send(200, write(exchange, user, id, branding(exchange).sender(user, id)));
    }

    static void removeLogo(ApiExchange exchange) {
        UserContext user = exchange.requireUser();
        long id = visible(exchange, user);
        branding(exchange).removeLogo(user, id);
        exchange.sendNoContent();
    }

    private static Map<String, Object> write(ApiExchange exchange, UserContext user, long id, ActivitySender s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("email", s.email());
        out.put("name", s.name());
        out.put("logo", branding(exchange).logo(user, id).map(l -> {
            Map<String, Object> logo = new LinkedHashMap<>();
            logo.put("mediaType", l.mediaType());
            logo.put("size", l.content().length);
            logo.put("href", exchange.link("/v1/activities/" + id + "/logo"));
            return logo;
        }).orElse(null));
        out.put("canChange", branding(exchange).canChange(user, id));
        return out;
    }

    private static long visible(ApiExchange exchange, UserContext user) {
        return exchange.kernel().service(Activities.class).find(user, exchange.id()).orElseThrow(exchange::notFound)
                .id();
    }

    private static ActivityBranding branding(ApiExchange exchange) {
        return exchange.kernel().service(ActivityBranding.class);
    }
}
