package coop.essaim.web.api;

import coop.essaim.api.cooperative.CooperativeIdentity;
import coop.essaim.api.cooperative.CooperativeProfile;
import coop.essaim.api.people.Address;
import coop.essaim.api.security.UserContext;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET} and {@code PUT /api/v1/cooperatives/{id}/identity}: the identity printed on the cooperative's
 * documents, with the {@link CooperativeProfile}'s rules (everyone of the cooperative reads it, changing it
 * needs {@code core.cooperative.manage}). Another cooperative's id is a 404.
 */
final class CooperativeIdentityResource {

    private static final Set<String> FIELDS = Set.of("registrationNumber", "registrationOffice", "vatNumber",
            "address", "email", "phone", "website");
    private static final Set<String> ADDRESS = Set.of("street", "postalCode", "city", "country");

    private CooperativeIdentityResource() {
    }

    static void get(ApiExchange exchange) throws IOException {
        UserContext user = own(exchange);
        exchange.send(200, write(profile(exchange).identity(user)));
    }

    /** The whole identity: a field left out is blanked, as a PUT replaces. */
    static void put(ApiExchange exchange) throws IOException {
        UserContext user = own(exchange);
        JsonBody body = JsonBody.read(exchange).allowOnly(FIELDS);
        JsonBody address = body.object("address");
        Address a = address == null ? Address.NONE : new Address(address.allowOnly(ADDRESS).string("street"),
                address.string("postalCode"), address.string("city"), address.string("country"));
        CooperativeIdentity identity = new CooperativeIdentity(body.string("registrationNumber"),
                body.string("registrationOffice"), body.string("vatNumber"), a, body.string("email"),
                body.string("phone"), body.string("website"));
        body.complete();
        exchange.send(200, write(exchange.renaming(f -> ADDRESS.contains(f) ? "address." + f : f,
                () -> profile(exchange).changeIdentity(user, identity))));
    }

    private static UserContext own(ApiExchange exchange) {
        UserContext user = exchange.requireUser();
        if (exchange.id() != user.cooperativeId()) {
            throw exchange.notFound();
        }
        return user;
    }

    private static Map<String, Object> write(CooperativeIdentity i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("registrationNumber", i.registrationNumber());
        out.put("registrationOffice", i.registrationOffice());
        out.put("vatNumber", i.vatNumber());
        out.put("address", PersonJson.address(i.address()));
        out.put("email", i.email());
        out.put("phone", i.phone());
        out.put("website", i.website());
        return out;
    }

    private static CooperativeProfile profile(ApiExchange exchange) {
        return exchange.kernel().service(CooperativeProfile.class);
    }
}
