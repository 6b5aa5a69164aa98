package coop.essaim.web.api;

import coop.essaim.api.money.Money;
import coop.essaim.api.people.EmploymentTerms;
import coop.essaim.api.people.EmploymentTermsVersion;
import coop.essaim.api.people.People;
import coop.essaim.api.security.UserContext;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/v1/people/{id}/terms}: the dated versions of a member's employment terms, and an amendment
 * ({@code {"validFrom": "2026-01-01", "hours": "35", "per": "WEEK", "loadedHourlyCost": {"amount": "21.50",
 * "currency": "EUR"}, "details": "..."}}). Hours are a decimal string, like amounts, never a JSON number.
 */
final class TermsResource {

    private TermsResource() {
    }

    static void list(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        long person = people(exchange).find(user, exchange.id()).orElseThrow(exchange::notFound).id();
        exchange.send(200, Map.of("items", people(exchange).employmentTerms(user, person).stream()
                .map(TermsResource::write).toList()));
    }

    static void amend(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        long person = people(exchange).find(user, exchange.id()).orElseThrow(exchange::notFound).id();
        JsonBody body = JsonBody.read(exchange).allowOnly(Set.of("validFrom", "hours", "per", "loadedHourlyCost",
                "details"));
        LocalDate from = body.date("validFrom");
        BigDecimal hours = decimal(body, "hours");
        EmploymentTerms.Per per = per(body);
        Money cost = MoneyJson.read(body, "loadedHourlyCost");
        String details = body.string("details");
        body.complete();
        EmploymentTermsVersion v = people(exchange).amendEmploymentTerms(user, person,
                new EmploymentTerms(from, hours, per, cost, details));
        exchange.header("Location", exchange.link("/v1/people/" + person + "/terms"));
        exchange.send(201, write(v));
    }

    private static BigDecimal decimal(JsonBody body, String field) {
        String text = body.string(field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            body.problem(field, "api.field.hours", text);
            return null;
        }
    }

    private static EmploymentTerms.Per per(JsonBody body) {
        String text = body.string("per");
        if (text == null) {
            return null;
        }
        try {
            return EmploymentTerms.Per.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            body.problem("per", "api.field.oneOf", text, "WEEK, MONTH");
            return null;
        }
    }

    static Map<String, Object> write(EmploymentTermsVersion v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("contractKind", v.contractKind());
        m.put("validFrom", v.terms().validFrom().toString());
        m.put("hours", v.terms().hours().toPlainString());
        m.put("per", v.terms().per().name());
        m.put("loadedHourlyCost", MoneyJson.write(v.terms().loadedHourlyCost()));
        m.put("details", v.terms().details());
        m.put("recordedAt", v.recordedAt().toString());
        m.put("recordedBy", v.recordedBy());
        return m;
    }

    private static People people(ApiExchange exchange) {
        return exchange.kernel().service(People.class);
    }
}
