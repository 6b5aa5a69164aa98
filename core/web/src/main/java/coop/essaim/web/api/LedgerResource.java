package coop.essaim.web.api;

import coop.essaim.api.ledger.BalanceQuery;
import coop.essaim.api.ledger.ChainVerification;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.EntryQuery;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.security.UserContext;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/v1/ledger}: entries, posting and reversal, balances and the hash chain, with the {@link Ledger}'s
 * rules (an entrepreneur reads the lines of their own activities only and posts nothing).
 */
final class LedgerResource {

    private LedgerResource() {
    }

    /** {@code ?journal=&from=&to=&activity=&account=&offset=&limit=}; the ledger does not count, so no total. */
    static void entries(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        QueryParameters q = exchange.query();
        String journal = q.string("journal");
        EntryQuery query = new EntryQuery(user.cooperativeId(), journal == null ? null : journalOf(journal, exchange),
                q.date("from"), q.date("to"), q.id("activity"), q.string("account"), q.offset(), q.limit());
        q.complete();
        List<ValidatedEntry> page = ledger(exchange).entries(user, query);
        // a full page may be the last one: one more entry past it says whether a next page exists
        boolean more = page.size() == query.limit()
                && !ledger(exchange).entries(user, query.page(query.offset() + query.limit(), 1)).isEmpty();
        Page.send(exchange, page.stream().map(EntryJson::write).toList(), query.offset(), query.limit(), null, more);
    }

    static void entry(ApiExchange exchange) throws IOException {
        exchange.send(200, EntryJson.write(visible(exchange, exchange.requireUser())));
    }

    /**
     * 201 with the new entry, or 200 with the entry first posted under the same idempotency key (nothing
     * posted). Two requests racing with one new key both post through the ledger, which serialises them and
     * returns the first entry to the second: both then answer 201, with the same entry.
     */
    static void post(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        EntryDraft draft = EntryJson.read(JsonBody.read(exchange), user.cooperativeId(),
                exchange.request().getHeader("Idempotency-Key"));
        boolean replay = ledger(exchange).entryByKey(user, draft.idempotencyKey()).isPresent();
        ValidatedEntry entry = exchange.renaming(EntryJson::bodyName, () -> ledger(exchange).post(user, draft));
        exchange.header(replay ? "Content-Location" : "Location", exchange.link("/v1/ledger/entries/" + entry.id()));
        exchange.send(replay ? 200 : 201, EntryJson.write(entry));
    }

    /** {@code {"date": "2026-04-30", "label": "..."}} (label optional): posts the reversing entry. */
    static void reverse(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        ValidatedEntry original = visible(exchange, user);
        JsonBody body = JsonBody.read(exchange).allowOnly(Set.of("date", "label"));
        LocalDate date = body.date("date");
        String label = body.string("label");
        body.complete();
        ValidatedEntry reversal = ledger(exchange).reverse(user, original.id(), date, label);
        exchange.header("Location", exchange.link("/v1/ledger/entries/" + reversal.id()));
        exchange.send(201, EntryJson.write(reversal));
    }

    /** {@code ?by=account|activity|both&from=&to=&activity=}. */
    static void balances(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        QueryParameters q = exchange.query();
        BalanceQuery.Grouping by = grouping(q.string("by"), exchange);
        BalanceQuery query = new BalanceQuery(user.cooperativeId(), q.date("from"), q.date("to"), by, q.id("activity"));
        q.complete();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("by", query.by().name());
        out.put("from", PersonJson.text(query.from()));
        out.put("to", PersonJson.text(query.to()));
        out.put("items", ledger(exchange).balances(user, query).stream().map(EntryJson::write).toList());
        exchange.send(200, out);
    }

    static void verify(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        ChainVerification v = ledger(exchange).verifyChain(user, user.cooperativeId());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cooperativeId", v.cooperativeId());
        out.put("intact", v.intact());
        out.put("entriesChecked", v.entriesChecked());
        out.put("firstBrokenEntryId", v.firstBrokenEntryId());
        out.put("firstBrokenReference", v.firstBrokenReference());
        out.put("reason", v.reason());
        exchange.send(200, out);
    }

    private static BalanceQuery.Grouping grouping(String by, ApiExchange exchange) {
        if (by == null) {
            return null;
        }
        return switch (by) {
            case "account" -> BalanceQuery.Grouping.ACCOUNT;
            case "activity" -> BalanceQuery.Grouping.ACTIVITY;
            case "both" -> BalanceQuery.Grouping.ACCOUNT_AND_ACTIVITY;
            default -> throw new ApiProblem(400, exchange.text("api.query.invalid"),
                    List.of(new ApiProblem.FieldProblem("by", exchange.text("api.field.oneOf", by,
                            "account, activity, both"))), Map.of());
        };
    }

    private static JournalCode journalOf(String code, ApiExchange exchange) {
        try {
            return JournalCode.of(code);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, exchange.text("api.query.invalid"), List.of(new ApiProblem.FieldProblem(
                    "journal", exchange.text("api.ledger.journal", code))), Map.of());
        }
    }

    private static ValidatedEntry visible(ApiExchange exchange, UserContext user) {
        return ledger(exchange).entry(user, exchange.id()).orElseThrow(exchange::notFound);
    }

    private static Ledger ledger(ApiExchange exchange) {
        return exchange.kernel().service(Ledger.class);
    }
}
