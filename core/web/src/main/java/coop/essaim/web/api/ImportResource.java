package coop.essaim.web.api;

import coop.essaim.api.people.ImportMode;
import coop.essaim.api.people.ImportReport;
import coop.essaim.api.people.PeopleImport;
import coop.essaim.api.security.UserContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/people/import?kind=people|activities&mode=check|all|valid}: a CSV file as the body
 * ({@code text/csv}, UTF-8, at most {@link #MAX_BYTES}) imported by {@link PeopleImport} with its rules. The
 * answer is the report: 200, or a 422 problem carrying the report when it found problems and nothing was
 * written.
 */
final class ImportResource {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Map<String, ImportMode> MODES = Map.of("check", ImportMode.CHECK_ONLY,
            "all", ImportMode.ALL_OR_NOTHING, "valid", ImportMode.VALID_LINES_ONLY);

    private ImportResource() {
    }

    static void post(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        QueryParameters q = exchange.query();
        String kind = q.requiredChoice("kind", List.of("people", "activities"));
        String mode = q.requiredChoice("mode", List.of("check", "all", "valid"));
        q.complete();
        byte[] csv = body(exchange);
        Reader reader = new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8);
        PeopleImport service = exchange.kernel().service(PeopleImport.class);
        ImportReport report = kind.equals("people") ? service.importPeople(user, reader, MODES.get(mode))
                : service.importActivities(user, reader, MODES.get(mode));
        if (!report.written() && !report.valid()) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", ApiProblem.title(422));
            problem.put("status", 422);
            problem.put("detail", exchange.text("api.import.refused", report.problems().size()));
            problem.put("report", write(report));
            exchange.send(422, "application/problem+json;charset=utf-8", exchange.json().writeValueAsBytes(problem));
            return;
        }
        exchange.send(200, write(report));
    }

    static Map<String, Object> write(ImportReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lines", report.lines());
        out.put("imported", report.imported());
        out.put("written", report.written());
        out.put("valid", report.valid());
        out.put("problems", report.problems().stream().map(p -> {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("line", p.line());
            problem.put("column", p.column());
            problem.put("message", p.message());
            return problem;
        }).toList());
        return out;
    }

    /** The CSV body: 415 unless {@code text/csv}, 413 beyond {@link #MAX_BYTES}, read before any import. */
    private static byte[] body(ApiExchange exchange) throws IOException {
        exchange.requireType("text/csv", "api.import.type");
        return exchange.body(MAX_BYTES,
                () -> new ApiProblem(413, exchange.text("api.import.tooLarge", MAX_BYTES / (1024 * 1024))));
    }
}
