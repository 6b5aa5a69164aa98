package coop.essaim.web.api;

import coop.essaim.api.people.DeadlineFlag;
import coop.essaim.api.people.PathChange;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonPath;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.people.ResultPage;
import coop.essaim.api.security.UserContext;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;

/**
 * {@code /api/v1/people}: person files, their path and their referent, with the {@link People} service's
 * rules. An id the caller may not see (another cooperative's, or anyone but themselves for an entrepreneur)
 * is a 404 before any write is tried, so the answer never tells whether it exists.
 */
final class PeopleResource {

    private PeopleResource() {
    }

    static void list(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        QueryParameters q = exchange.query();
        PersonQuery query = new PersonQuery(q.string("status"), q.id("establishment"), q.id("referent"),
                q.constant("deadline", DeadlineFlag.class), q.string("trade"), q.constant("kind", PersonKind.class),
                q.string("q"), q.offset(), q.limit());
        q.complete();
        ResultPage<Person> page = people(exchange).list(user, query);
        Page.send(exchange, page.items().stream().map(PersonJson::write).toList(), page.offset(), page.limit(),
                page.total(), page.offset() + page.items().size() < page.total());
    }

    static void create(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        PersonDetails details = PersonJson.read(JsonBody.read(exchange));
        Person created = exchange.renaming(PersonJson::bodyName, () -> people(exchange).create(user, details));
        exchange.header("Location", exchange.link("/v1/people/" + created.id()));
        exchange.send(201, PersonJson.write(created));
    }

    static void get(ApiExchange exchange) throws IOException {
        exchange.send(200, PersonJson.write(visible(exchange, exchange.requireUser())));
    }

    static void update(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        Person person = visible(exchange, user);
        PersonDetails details = PersonJson.read(JsonBody.read(exchange));
        exchange.send(200, PersonJson.write(exchange.renaming(PersonJson::bodyName,
                () -> people(exchange).update(user, person.id(), details))));
    }

    static void path(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        PersonPath path = people(exchange).path(user, exchange.id()).orElseThrow(exchange::notFound);
        exchange.send(200, PathJson.write(path, people(exchange).pathModel(user)));
    }

    /** Records one step of the path: 201, with the whole path as it now stands. */
    static void transition(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        Person person = visible(exchange, user);
        PathChange change = PathJson.read(JsonBody.read(exchange));
        PersonPath path = people(exchange).recordTransition(user, person.id(), change);
        exchange.header("Location", exchange.link("/v1/people/" + person.id() + "/path"));
        exchange.send(201, PathJson.write(path, people(exchange).pathModel(user)));
    }

    /** {@code {"adviserUserId": 7, "from": "2026-03-01", "reason": "..."}}; a null adviser leaves none. */
    static void changeReferent(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        Person person = visible(exchange, user);
        JsonBody body = JsonBody.read(exchange).allowOnly(Set.of("adviserUserId", "from", "reason"));
        Long adviser = body.id("adviserUserId");
        LocalDate from = body.date("from");
        String reason = body.string("reason");
        body.complete();
        Person changed = exchange.renaming(field -> field.equals("referent") ? "adviserUserId" : field,
                () -> people(exchange).changeReferent(user, person.id(), adviser, from, reason));
        exchange.send(200, PersonJson.write(changed));
    }

    private static Person visible(ApiExchange exchange, UserContext user) {
        return people(exchange).find(user, exchange.id()).orElseThrow(exchange::notFound);
    }

    private static People people(ApiExchange exchange) {
        return exchange.kernel().service(People.class);
    }
}
