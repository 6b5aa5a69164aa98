package coop.essaim.web.api;

import coop.essaim.api.ledger.JournalExport;
import coop.essaim.api.ledger.JournalFormat;
import coop.essaim.api.ledger.JournalImport;
import coop.essaim.api.ledger.JournalImportException;
import coop.essaim.api.ledger.JournalImportResult;
import coop.essaim.api.ledger.LedgerJournals;
import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The books as plain text through the API, as the CLI does on a stopped installation:
 * {@code GET /api/v1/ledger/export?format=hledger|csv&from=&to=} streams an hledger/ledger journal or a CSV of the
 * postings (the whole books: {@code core.ledger.read}, never a restricted reader), and
 * {@code POST /api/v1/ledger/import?source=} posts a plain-text journal ({@code text/plain}, UTF-8, at most
 * {@link #MAX_BYTES}) all or nothing; a refused file is a 422 whose errors name each bad line
 * ({@code line:<n>}). Importing the same file again posts nothing new.
 */
final class LedgerJournalResource {

    static final int MAX_BYTES = 50 * 1024 * 1024;

    private LedgerJournalResource() {
    }

    static void export(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        QueryParameters q = exchange.query();
        String format = q.requiredChoice("format", List.of("hledger", "csv"));
        LocalDate from = q.date("from");
        LocalDate to = q.date("to");
        if (from != null && to != null && to.isBefore(from)) {
            q.reject("to", exchange.text("api.export.order"));
        }
        q.complete();
        // the service refuses a restricted reader too, but only once the answer's headers would be gone
        user.require(LedgerPermissions.READ);
        if (user.roles().equals(Set.of(CoreRoles.ENTREPRENEUR))) {
            throw new AccessDeniedException(LedgerPermissions.READ);
        }
        boolean csv = format.equals("csv");
        String name = "essaim-" + user.cooperativeId() + "-" + LocalDate.now() + (csv ? ".csv" : ".journal");
        Writer out = exchange.streaming(csv ? "text/csv;charset=utf-8" : "text/plain;charset=utf-8", name);
        journals(exchange).export(user, new JournalExport(user.cooperativeId(),
                csv ? JournalFormat.CSV : JournalFormat.HLEDGER, from, to), out);
        out.flush();
    }

    static void importJournal(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        QueryParameters q = exchange.query();
        String source = q.string("source");
        q.complete();
        user.require(LedgerPermissions.POST);
        byte[] text = body(exchange);
        JournalImportResult r;
        try {
            r = journals(exchange).importJournal(user, new JournalImport(user.cooperativeId(),
                    source == null ? "api" : source, "api"), new InputStreamReader(new ByteArrayInputStream(text),
                    StandardCharsets.UTF_8));
        } catch (JournalImportException refused) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", ApiProblem.title(422));
            problem.put("status", 422);
            problem.put("detail", exchange.text("api.journal.refused", refused.problems().size() + refused.more()));
            problem.put("errors", refused.problems().stream().map(p -> {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("field", "line:" + p.line());
                e.put("line", p.line());
                e.put("message", p.message());
                return e;
            }).toList());
            problem.put("more", refused.more());
            exchange.send(422, "application/problem+json;charset=utf-8", exchange.json().writeValueAsBytes(problem));
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("transactions", r.transactions());
        out.put("entriesPosted", r.entriesPosted());
        out.put("alreadyPresent", r.alreadyPresent());
        out.put("postingsPosted", r.postingsPosted());
        exchange.send(200, out);
    }

    /** The journal: 415 unless {@code text/plain}, 413 beyond {@link #MAX_BYTES}, read before anything is posted. */
    private static byte[] body(ApiExchange exchange) throws IOException {
        exchange.requireType("text/plain", "api.journal.type");
        return exchange.body(MAX_BYTES,
                () -> new ApiProblem(413, exchange.text("api.journal.tooLarge", MAX_BYTES / (1024 * 1024))));
    }

    private static LedgerJournals journals(ApiExchange exchange) {
        return exchange.kernel().service(LedgerJournals.class);
    }
}
