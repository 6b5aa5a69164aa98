package coop.essaim.web.api;

import coop.essaim.api.people.Address;
import coop.essaim.api.people.AssociateDeadline;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonKind;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A person file in JSON, and the body that creates or replaces one. The body has the fields of the
 * representation; the read-only ones ({@code id}, {@code status}...) may be sent back and are ignored.
 */
final class PersonJson {

    private static final Set<String> WRITABLE = Set.of("kind", "givenName", "familyName", "organisation",
            "legalEntity", "email", "phone", "address", "birthDate", "establishmentId", "trades", "userId");
    private static final Set<String> READ_ONLY = Set.of("id", "cooperativeId", "displayName", "referentUserId",
            "status", "statusSince", "deadline", "createdAt");
    private static final Set<String> ADDRESS = Set.of("street", "postalCode", "city", "country");
    /** The people service's field names that the body spells otherwise. */
    private static final Map<String, String> BODY_NAMES = Map.of("establishment", "establishmentId",
            "user", "userId", "street", "address.street", "postalCode", "address.postalCode",
            "city", "address.city", "country", "address.country");

    private PersonJson() {
    }

    static String bodyName(String serviceField) {
        return BODY_NAMES.getOrDefault(serviceField, serviceField);
    }

    static Map<String, Object> write(Person p) {
        PersonDetails d = p.details();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", p.id());
        out.put("cooperativeId", p.cooperativeId());
        out.put("kind", d.kind().name());
        out.put("displayName", p.displayName());
        out.put("givenName", d.givenName());
        out.put("familyName", d.familyName());
        out.put("organisation", d.organisation());
        out.put("legalEntity", d.legalEntity());
        out.put("email", d.email());
        out.put("phone", d.phone());
        out.put("address", address(d.address()));
        out.put("birthDate", text(d.birthDate()));
        out.put("establishmentId", d.establishmentId());
        out.put("trades", d.trades());
        out.put("userId", d.userId());
        out.put("referentUserId", p.referentUserId());
        out.put("status", p.statusCode());
        out.put("statusSince", text(p.statusSince()));
        out.put("deadline", deadline(p.deadline()));
        out.put("createdAt", text(p.createdAt()));
        return out;
    }

    static PersonDetails read(JsonBody body) {
        body.allowOnly(union(WRITABLE, READ_ONLY));
        JsonBody address = body.object("address");
        Address a = address == null ? Address.NONE : new Address(address.allowOnly(ADDRESS).string("street"),
                address.string("postalCode"), address.string("city"), address.string("country"));
        Long site = body.id("establishmentId");
        PersonDetails details = new PersonDetails(body.constant("kind", PersonKind.class), body.string("givenName"),
                body.string("familyName"), body.string("organisation"), body.bool("legalEntity"),
                body.string("email"), body.string("phone"), a, body.date("birthDate"), site == null ? 0 : site,
                body.strings("trades"), body.id("userId"));
        body.complete();
        return details;
    }

    static Map<String, Object> address(Address a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("street", a == null ? null : a.street());
        out.put("postalCode", a == null ? null : a.postalCode());
        out.put("city", a == null ? null : a.city());
        out.put("country", a == null ? null : a.country());
        return out;
    }

    static Map<String, Object> deadline(AssociateDeadline d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date", text(d.date()));
        out.put("flag", d.flag().name());
        return out;
    }

    /** ISO-8601, or null. */
    static String text(Object temporal) {
        return temporal == null ? null : temporal.toString();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return out;
    }
}
