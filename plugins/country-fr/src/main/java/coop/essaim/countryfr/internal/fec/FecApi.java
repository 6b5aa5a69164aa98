package coop.essaim.countryfr.internal.fec;

import coop.essaim.api.ledger.FiscalYear;
import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.web.ApiBody;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiContribution;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiQuery;
import coop.essaim.api.web.ApiResult;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The FEC through the API. {@code GET /api/v1/country-fr/fec?year=2026} answers {@code {"fileName", "lines",
 * "content"}}, the file's text in {@code content} (the module API answers JSON only). {@code POST
 * /api/v1/country-fr/fec/check} with {@code {"content", "fileName"?, "year"?}} answers the checker's report: 200
 * with {@code "valid": false} and the problems when the file is wrong, 400 when the request is. Both need the
 * whole books ({@code core.ledger.read}).
 */
public final class FecApi implements ApiContribution {

    private final ModuleContext module;

    public FecApi(ModuleContext module) {
        this.module = module;
    }

    @Override
    public List<ApiEndpoint> endpoints() {
        return List.of(ApiEndpoint.get("fec", this::file), ApiEndpoint.post("fec/check", this::check));
    }

    private ApiResult file(ApiCall call) {
        java.util.Locale locale = call.user().locale();
        int year = call.query(q -> year(q, locale));
        FecExport export = FecExport.of(module);
        String name = export.fileName(call.user(), year);
        StringWriter out = new StringWriter();
        long lines;
        try {
            lines = export.write(call.user(), year, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fileName", name);
        body.put("lines", lines);
        body.put("content", out.toString());
        return ApiResult.ok(body);
    }

    private ApiResult check(ApiCall call) {
        call.user().require(LedgerPermissions.READ);
        java.util.Locale locale = call.user().locale();
        Request request = call.body(b -> Request.read(b, locale));
        FiscalYear fiscal = request.year() == null ? null
                : FecExport.of(module).fiscalYear(call.user(), request.year());
        try {
            return ApiResult.ok(FecChecker.check(new StringReader(request.content()), request.fileName(), fiscal));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
    }

    /** {@code year}, required: the year the fiscal year starts in, four digits. */
    private static Integer year(ApiQuery q, java.util.Locale locale) {
        String text = q.string("year");
        if (text == null || !text.matches("\\d{4}")) {
            q.reject("year", FecMessages.text(locale, "fec.api.year"));
            return null;
        }
        return Integer.parseInt(text);
    }

    private record Request(String content, String fileName, Integer year) {
        static Request read(ApiBody body, java.util.Locale locale) {
            String content = body.string("content");
            if (content == null) {
                body.requiredString("content");
            }
            String name = body.string("fileName");
            Integer year = body.integer("year");
            if (year != null && (year < 1900 || year > 9999)) {
                body.reject("year", FecMessages.text(locale, "fec.api.year"));
            }
            return new Request(content, name, year);
        }
    }
}
