package coop.essaim.web.api;

import coop.essaim.api.web.ApiResult;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Writes a module's {@link ApiResult} with the API's conventions: its headers, pages and the core's 404. */
final class ModuleAnswer {

    private ModuleAnswer() {
    }

    /** {@code body}: the result's body already converted by {@link PlainValues}. */
    static void send(ApiExchange exchange, String moduleId, ApiResult result, Object body) throws IOException {
        if (result.status() == 404) {
            throw exchange.notFound();
        }
        result.headers().forEach((name, value) -> exchange.header(name,
                name.toLowerCase(Locale.ROOT).equals("location") ? location(exchange, moduleId, value) : value));
        if (result.file().isPresent()) {
            ApiResult.File file = result.file().get();
            exchange.header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
            exchange.send(result.status(), file.contentType(), file.content());
        } else if (result.paging().isPresent()) {
            ApiResult.Paging paging = result.paging().get();
            Page.send(exchange, (List<?>) body, paging.offset(), paging.limit(), paging.total(), paging.more());
        } else if (result.status() == 204) {
            exchange.sendNoContent();
        } else {
            exchange.send(result.status(), body);
        }
    }

    /** A relative location is the module's: {@code invoices/42} is {@code /api/v1/<module>/invoices/42}. */
    private static String location(ApiExchange exchange, String moduleId, String value) {
        if (value.startsWith("/") || value.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return value;
        }
        return exchange.link("/v1/" + moduleId + "/" + value);
    }
}
