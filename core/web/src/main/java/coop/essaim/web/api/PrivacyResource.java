package coop.essaim.web.api;

import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonalData;
import coop.essaim.api.security.UserContext;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's rights over their data, with the {@link PersonalData} service's rules: {@code GET
 * /people/{id}/export?format=json|csv} (the export as a download), {@code GET /people/{id}/anonymisation} (when
 * the file may be anonymised) and {@code POST /people/{id}/anonymisation} (anonymise it). A person the caller
 * may not see is a 404 before anything else is tried, so the answer never tells whether it exists.
 */
final class PrivacyResource {

    private PrivacyResource() {
    }

    static void export(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        QueryParameters q = exchange.query();
        String format = q.string("format") == null ? "json" : q.requiredChoice("format", List.of("json", "csv"));
        q.complete();
        Person person = visible(exchange, user);
        StringWriter out = new StringWriter();
        exchange.kernel().service(PersonalData.class).export(user, person.id(),
                format.equals("csv") ? PersonalData.Format.CSV : PersonalData.Format.JSON, out);
        exchange.header("Content-Disposition", "attachment; filename=\"person-" + person.id() + "." + format + "\"");
        exchange.send(200, (format.equals("csv") ? "text/csv" : "application/json") + ";charset=utf-8",
                out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code anonymisableFrom}: the first day the file may be anonymised, null while a member has not left;
     * {@code anonymisableNow} says whether that day has come (always true for someone who is not a member,
     * whom no retention period holds, and whose date is then null too).
     */
    static void anonymisation(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        Person person = visible(exchange, user);
        var from = exchange.kernel().service(PersonalData.class).anonymisableFrom(user, person.id());
        boolean immediately = from.isPresent() && from.get().equals(LocalDate.MIN);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("personId", person.id());
        out.put("anonymisableFrom", immediately ? null : from.map(LocalDate::toString).orElse(null));
        // UTC, as the kernel dates everything it derives from its clock
        out.put("anonymisableNow", from.isPresent() && !from.get().isAfter(LocalDate.now(java.time.ZoneOffset.UTC)));
        exchange.send(200, out);
    }

    /** Anonymises the file: 200 with the file as it now reads; a refusal (not left, retention running) is a 422. */
    static void anonymise(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        Person person = visible(exchange, user);
        Person done = exchange.kernel().service(PersonalData.class).anonymise(user, person.id());
        exchange.send(200, PersonJson.write(done));
    }

    private static Person visible(ApiExchange exchange, UserContext user) {
        return exchange.kernel().service(People.class).find(user, exchange.id()).orElseThrow(exchange::notFound);
    }
}
