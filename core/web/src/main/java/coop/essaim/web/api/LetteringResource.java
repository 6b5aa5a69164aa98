package coop.essaim.web.api;

import coop.essaim.api.ledger.Balance;
import coop.essaim.api.ledger.Letter;
import coop.essaim.api.ledger.LetterSuggestion;
import coop.essaim.api.ledger.Lettering;
import coop.essaim.api.ledger.LetteringQuery;
import coop.essaim.api.ledger.OpenPosting;
import coop.essaim.api.ledger.OpenPostings;
import coop.essaim.api.people.Activities;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code /api/v1/ledger/lettering}: the open postings of an account, suggestions, lettering and unlettering with
 * the {@link Lettering} rules. A query the service refuses (no or an unknown account) is a 400 naming
 * {@code account}; a refused match or unmatch a 422 naming {@code postingIds[i]} or {@code code}; an entrepreneur
 * reads her own open postings and letters nothing (403).
 */
final class LetteringResource {

    private LetteringResource() {
    }

    /** {@code ?account=&thirdParty=&activity=&from=&to=&offset=&limit=}, oldest first, with the count and totals. */
    static void open(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        QueryParameters q = exchange.query();
        LetteringQuery query = new LetteringQuery(q.string("account"), q.string("thirdParty"), q.id("activity"),
                q.date("from"), q.date("to"), q.offset(), q.limit());
        q.complete();
        if (query.activityId() != null) {
            exchange.kernel().service(Activities.class).find(user, query.activityId()).orElseThrow(exchange::notFound);
        }
        OpenPostings open = refusedAs400(exchange, () -> lettering(exchange).open(user, query));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("account", open.accountCode());
        extra.put("count", open.count());
        extra.put("totals", open.totals().stream().map(LetteringResource::total).toList());
        Page.send(exchange, open.postings().stream().map(LetteringResource::posting).toList(), open.offset(),
                open.limit(), null, open.more(), extra);
    }

    /** {@code ?account=}: proposals only, nothing is lettered. */
    static void suggestions(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        QueryParameters q = exchange.query();
        String account = q.string("account");
        q.complete();
        List<LetterSuggestion> found = refusedAs400(exchange, () -> lettering(exchange).suggestions(user, account));
        exchange.send(200, Map.of("items", found.stream().map(s -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("account", s.accountCode());
            out.put("reason", s.reason().name());
            out.put("thirdParty", s.thirdParty());
            out.put("pieceReference", s.pieceReference());
            out.put("postingIds", s.postingIds());
            out.put("postings", s.postings().stream().map(LetteringResource::posting).toList());
            return out;
        }).toList()));
    }

    /** {@code ?account=&offset=&limit=}: the workflow's matches, latest first. */
    static void lettered(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        QueryParameters q = exchange.query();
        String account = q.string("account");
        int offset = q.offset();
        int limit = q.limit();
        q.complete();
        List<Letter> page = refusedAs400(exchange, () -> lettering(exchange).lettered(user, account, offset, limit));
        // a full page may be the last one: one more match past it says whether a next page exists
        boolean more = page.size() == limit
                && !lettering(exchange).lettered(user, account, offset + limit, 1).isEmpty();
        Page.send(exchange, page.stream().map(LetteringResource::letter).toList(), offset, limit, null, more);
    }

    /** {@code {"postingIds": [1, 2, 3]}}: 201 with the match. */
    static void letter(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        JsonBody body = JsonBody.read(exchange).allowOnly(Set.of("postingIds"));
        List<Long> ids = body.ids("postingIds");
        body.complete();
        Letter done = lettering(exchange).letter(user, ids);
        exchange.send(201, letter(done));
    }

    /** {@code /v1/ledger/lettering/{account}/{code}}: 204, the postings are open again. */
    static void unletter(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        lettering(exchange).unletter(user, exchange.pathText("account"), exchange.pathText("code"));
        exchange.sendNoContent();
    }

    private static <T> T refusedAs400(ApiExchange exchange, Supplier<T> read) {
        try {
            return read.get();
        } catch (ValidationException e) {
            throw new ApiProblem(400, exchange.text("api.query.invalid"), e.errors().stream()
                    .map(f -> new ApiProblem.FieldProblem(f.field().equals("accountCode") ? "account" : f.field(),
                            f.message())).toList(), Map.of());
        }
    }

    private static Map<String, Object> letter(Letter l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("account", l.accountCode());
        out.put("code", l.code());
        out.put("letteredOn", l.letteredOn().toString());
        out.put("letteredAt", l.letteredAt().toString());
        out.put("letteredBy", l.letteredBy());
        out.put("postings", l.postings().stream().map(LetteringResource::posting).toList());
        return out;
    }

    private static Map<String, Object> posting(OpenPosting p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("postingId", p.postingId());
        out.put("entryId", p.entryId());
        out.put("entry", p.entryReference());
        out.put("date", p.date().toString());
        out.put("pieceReference", p.pieceReference());
        out.put("label", p.label());
        out.put("activityId", p.activityId());
        out.put("thirdParty", p.thirdParty());
        out.put("debit", MoneyJson.write(p.debit()));
        out.put("credit", MoneyJson.write(p.credit()));
        return out;
    }

    private static Map<String, Object> total(Balance b) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("currency", b.debit().currency().getCurrencyCode());
        out.put("debit", MoneyJson.write(b.debit()));
        out.put("credit", MoneyJson.write(b.credit()));
        out.put("balance", MoneyJson.write(b.balance()));
        return out;
    }

    private static Lettering lettering(ApiExchange exchange) {
        return exchange.kernel().service(Lettering.class);
    }
}
