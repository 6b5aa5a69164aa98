package coop.essaim.web.api;

import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.people.ActivityQuery;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.people.ResultPage;
import coop.essaim.api.security.UserContext;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/v1/activities}, with the {@link Activities} service's rules: an entrepreneur lists and reads
 * only the activities they are or were a member of; any other id is a 404, before any write is tried.
 */
final class ActivitiesResource {

    private ActivitiesResource() {
    }

    /** {@code ?person=&status=&q=&offset=&limit=}, paged and counted by the service. */
    static void list(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        QueryParameters q = exchange.query();
        Long person = q.id("person");
        ActivityStatus status = q.constant("status", ActivityStatus.class);
        String search = q.string("q");
        int offset = q.offset();
        int limit = q.limit();
        q.complete();
        ResultPage<Activity> page = activities(exchange).page(user,
                new ActivityQuery(person, status, search, offset, limit));
        Page.send(exchange, page.items().stream().map(ActivityJson::write).toList(), offset, limit, page.total(),
                offset + page.items().size() < page.total());
    }

    static void create(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        ActivityDetails details = ActivityJson.read(JsonBody.read(exchange));
        Activity created = exchange.renaming(ActivityJson::bodyName, () -> activities(exchange).create(user, details));
        exchange.header("Location", exchange.link("/v1/activities/" + created.id()));
        exchange.send(201, ActivityJson.write(created));
    }

    static void get(ApiExchange exchange) throws IOException {
        exchange.send(200, ActivityJson.write(visible(exchange, exchange.requireUser())));
    }

    /** {@code {"personId": 12, "from": "2026-04-01"}}: the person joins the activity on that day. */
    static void addMember(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        Activity activity = visible(exchange, user);
        JsonBody body = JsonBody.read(exchange).allowOnly(Set.of("personId", "from"));
        Long person = body.requiredId("personId");
        LocalDate from = body.date("from");
        body.complete();
        exchange.send(200, ActivityJson.write(exchange.renaming(ActivityJson::bodyName,
                () -> activities(exchange).addMember(user, activity.id(), person, from))));
    }

    private static Activity visible(ApiExchange exchange, UserContext user) {
        return activities(exchange).find(user, exchange.id()).orElseThrow(exchange::notFound);
    }

    private static Activities activities(ApiExchange exchange) {
        return exchange.kernel().service(Activities.class);
    }
}
