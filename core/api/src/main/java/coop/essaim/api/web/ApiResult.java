package coop.essaim.api.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an {@link ApiOperation} answers: a status, a body the core writes as JSON, and headers.
 *
 * <p>The body may be made of records (written as objects of their components), {@code Map}s with string keys,
 * {@code List}s and other collections, strings, booleans, whole numbers, enum constants (their name),
 * {@code BigDecimal} (a decimal string, {@code "1.5"}), {@code LocalDate}, {@code Instant} and the other
 * {@code java.time} values (ISO-8601 strings), {@code Optional} (its value or null), {@code Money} (as
 * {@code {"amount": "1200.00", "currency": "EUR"}}) and null. Anything else, a {@code double} included (amounts
 * are never binary floats), is a bug the core answers with a 500 and logs.
 *
 * <p>A {@code Location} header that is not absolute is relative to the module's API root:
 * {@code created(body, "invoices/42")} in module {@code invoicing} answers
 * {@code Location: /api/v1/invoicing/invoices/42}. Immutable.
 */
public final class ApiResult {

    private static final Set<String> RESERVED = Set.of("content-type", "content-length", "link", "cache-control");

    /** Where a page starts, its size, the count of all items when known, and whether a next page exists. */
    public record Paging(int offset, int limit, Long total, boolean more) {
    }

    /**
     * A document answered as it is, not as JSON: a PDF, for example. The file name (no line break, quote, {@code /}
     * or {@code \\}) is sent in a {@code Content-Disposition: attachment} header.
     */
    public record File(String contentType, String fileName, byte[] content) {
        public File {
            Objects.requireNonNull(content, "content");
            if (contentType == null || !contentType.matches("[a-z]+/[a-z0-9.+-]+(;.*)?")) {
                throw new IllegalArgumentException("API file: a media type such as application/pdf, not "
                        + contentType);
            }
            if (fileName == null || fileName.isBlank() || !fileName.matches("[^\\r\\n\"/\\\\]+")) {
                throw new IllegalArgumentException("API file: a file name without line break, quote or slash");
            }
        }
    }

    private final int status;
    private final Object body;
    private final Map<String, String> headers;
    private final Paging paging;
    private final File file;

    private ApiResult(int status, Object body, Map<String, String> headers, Paging paging) {
        this(status, body, headers, paging, null);
    }

    private ApiResult(int status, Object body, Map<String, String> headers, Paging paging, File file) {
        this.status = status;
        this.body = body;
        this.headers = Map.copyOf(headers);
        this.paging = paging;
        this.file = file;
    }

    /** 200 with {@code body}. */
    public static ApiResult ok(Object body) {
        return new ApiResult(200, body, Map.of(), null);
    }

    /** 201 with {@code body} and the new record's address. */
    public static ApiResult created(Object body, String location) {
        Objects.requireNonNull(location, "location");
        return new ApiResult(201, body, Map.of("Location", location), null);
    }

    /** 204, no body. */
    public static ApiResult noContent() {
        return new ApiResult(204, null, Map.of(), null);
    }

    /** 200 with a document sent as it is (a PDF), to be saved under {@code fileName}. */
    public static ApiResult file(String contentType, String fileName, byte[] content) {
        return new ApiResult(200, null, Map.of(), null, new File(contentType, fileName, content));
    }

    /**
     * 404, written by the core as its own: the same problem document whether the record does not exist or the
     * user may not see it.
     */
    public static ApiResult notFound() {
        return new ApiResult(404, null, Map.of(), null);
    }

    /** Another success status (2xx); errors are answered by throwing, or with {@link #notFound()}. */
    public static ApiResult of(int status, Object body) {
        if (status < 200 || status > 299) {
            throw new IllegalArgumentException("API status " + status + ": a module answers 2xx, or throws");
        }
        return new ApiResult(status, body, Map.of(), null);
    }

    /**
     * 200 with {@code {"items", "offset", "limit", "total"}} and, while {@code offset + items.size() < total}, a
     * {@code Link: <...>; rel="next"} header with the same query and the next offset.
     */
    public static ApiResult page(List<?> items, int offset, int limit, long total) {
        return new ApiResult(200, List.copyOf(items), Map.of(), new Paging(offset, limit, total,
                offset + (long) items.size() < total));
    }

    /** A page of a list the service does not count: no {@code total}, {@code more} says whether there is more. */
    public static ApiResult page(List<?> items, int offset, int limit, boolean more) {
        return new ApiResult(200, List.copyOf(items), Map.of(), new Paging(offset, limit, null, more));
    }

    /**
     * The same result with one more header. {@code Content-Type}, {@code Content-Length}, {@code Link} and
     * {@code Cache-Control} are the core's and refused.
     */
    public ApiResult withHeader(String name, String value) {
        Objects.requireNonNull(value, "value");
        if (name == null || !name.matches("[A-Za-z0-9-]+") || RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("API header '" + name + "' cannot be set by a module");
        }
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResult(status, body, more, paging, file);
    }

    public int status() {
        return status;
    }

    /** The body; for a page, its items. */
    public Object body() {
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Optional<Paging> paging() {
        return Optional.ofNullable(paging);
    }

    /** The document answered as it is, when the result is one ({@link #file(String, String, byte[])}). */
    public Optional<File> file() {
        return Optional.ofNullable(file);
    }
}
