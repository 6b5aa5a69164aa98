package coop.essaim.web.api;

import coop.essaim.api.ledger.ActivityAccount;
import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.ledger.TreasuryForecast;
import coop.essaim.api.people.Activities;
import coop.essaim.api.security.UserContext;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/activities/{id}/account?from=&to=} (the activity's account for the period) and
 * {@code /treasury?from=&to=} (its cash at the end of each day cash moved), with the {@link ActivityAccounts}
 * rules, and {@code /treasury/forecast} ({@link TreasuryForecast}). An activity the caller may not see is a 404.
 */
final class ActivityAccountResource {

    private ActivityAccountResource() {
    }

    static void account(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        Period period = period(exchange, user);
        ActivityAccount a = accounts(exchange).account(user, exchange.id(), period.from(), period.to());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("activityId", a.activityId());
        out.put("from", a.from().toString());
        out.put("to", a.to().toString());
        out.put("turnoverExclVat", MoneyJson.write(a.turnoverExclVat()));
        out.put("purchasesForResale", MoneyJson.write(a.purchasesForResale()));
        Map<String, Object> contribution = new LinkedHashMap<>();
        contribution.put("amount", MoneyJson.write(a.contribution().amount()));
        contribution.put("schemeId", a.contribution().schemeId());
        contribution.put("explanation", a.contribution().explanation());
        out.put("contribution", contribution);
        out.put("expenses", MoneyJson.write(a.expenses()));
        out.put("salaryCosts", MoneyJson.write(a.salaryCosts()));
        out.put("availableForPay", MoneyJson.write(a.availableForPay()));
        out.put("result", MoneyJson.write(a.result()));
        out.put("treasury", MoneyJson.write(a.treasury()));
        exchange.send(200, out);
    }

    /** The first point is the position the evening before {@code from}. */
    static void treasury(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        Period period = period(exchange, user);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("activityId", exchange.id());
        out.put("from", period.from().toString());
        out.put("to", period.to().toString());
        out.put("points", points(accounts(exchange).treasury(user, exchange.id(), period.from(), period.to())));
        exchange.send(200, out);
    }

    /**
     * {@code /treasury/forecast?until=} (a year ahead at most, 90 days when left out): today's cash, what the
     * modules expect, and the position after each day something is expected.
     */
    static void forecast(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        QueryParameters q = exchange.query();
        LocalDate until = q.date("until");
        q.complete();
        exchange.kernel().service(Activities.class).find(user, exchange.id()).orElseThrow(exchange::notFound);
        TreasuryForecast service = exchange.kernel().service(TreasuryForecast.class);
        TreasuryForecast.Forecast f = service.forecast(user, exchange.id(),
                until != null ? until : LocalDate.now(ZoneOffset.UTC).plusDays(90));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("activityId", f.activityId());
        out.put("today", f.today().toString());
        out.put("until", f.until().toString());
        out.put("position", MoneyJson.write(f.position()));
        out.put("expected", f.expected().stream().map(x -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("module", x.module());
            item.put("date", x.cash().date().toString());
            item.put("countedOn", x.on().toString());
            item.put("overdue", x.overdue());
            item.put("label", x.cash().label());
            item.put("reference", x.cash().reference());
            item.put("amount", MoneyJson.write(x.cash().amount()));
            return item;
        }).toList());
        out.put("points", points(f.points()));
        out.put("unavailable", f.unavailable());
        exchange.send(200, out);
    }

    private static List<Map<String, Object>> points(List<ActivityAccounts.TreasuryPoint> points) {
        return points.stream().map(p -> {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("date", p.date().toString());
            point.put("position", MoneyJson.write(p.position()));
            return point;
        }).toList();
    }

    private record Period(LocalDate from, LocalDate to) {
    }

    /** The period from the query (400 when missing or malformed), once the activity is known to be visible. */
    private static Period period(ApiExchange exchange, UserContext user) {
        QueryParameters q = exchange.query();
        Period period = new Period(q.requiredDate("from"), q.requiredDate("to"));
        q.complete();
        exchange.kernel().service(Activities.class).find(user, exchange.id()).orElseThrow(exchange::notFound);
        return period;
    }

    private static ActivityAccounts accounts(ApiExchange exchange) {
        return exchange.kernel().service(ActivityAccounts.class);
    }
}
