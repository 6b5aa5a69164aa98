package coop.essaim.web.api;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A page of a list as the API answers it: {@code {"items": [...], "offset": 0, "limit": 50, "total": 42}}
 * ({@code total} only where the service counts), and a {@code Link: <...>; rel="next"} header (RFC 8288)
 * with the same query and the next offset while there is more.
 */
final class Page {

    private Page() {
    }

    /** {@code total} null: the service does not count, {@code more} says whether a next page exists. */
    static void send(ApiExchange exchange, List<?> items, int offset, int limit, Long total, boolean more)
            throws IOException {
        send(exchange, items, offset, limit, total, more, Map.of());
    }

    /** As {@link #send(ApiExchange, List, int, int, Long, boolean)}, the list's own members {@code extra} first. */
    static void send(ApiExchange exchange, List<?> items, int offset, int limit, Long total, boolean more,
                     Map<String, Object> extra) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>(extra);
        body.put("items", items);
        body.put("offset", offset);
        body.put("limit", limit);
        if (total != null) {
            body.put("total", total);
        }
        if (more) {
            exchange.header("Link", "<" + withOffset(exchange, offset + limit, limit) + ">; rel=\"next\"");
        }
        exchange.send(200, body);
    }

    private static String withOffset(ApiExchange exchange, int offset, int limit) {
        StringJoiner query = new StringJoiner("&");
        exchange.request().getParameterMap().forEach((name, values) -> {
            if (!name.equals("offset") && !name.equals("limit")) {
                for (String value : values) {
                    query.add(encode(name) + "=" + encode(value));
                }
            }
        });
        query.add("offset=" + offset).add("limit=" + limit);
        return exchange.request().getRequestURI() + "?" + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
