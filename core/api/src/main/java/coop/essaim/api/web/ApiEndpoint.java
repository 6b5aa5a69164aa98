package coop.essaim.api.web;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One endpoint of a module's API: an HTTP method ({@code GET}, {@code POST}, {@code PUT}, {@code PATCH} or
 * {@code DELETE}), a path relative to {@code /api/v1/<module-id>/} and the operation answering it. The path is
 * segments separated by {@code /}: lower-case words ({@code [a-z0-9][a-z0-9.-]*}, {@code minutes.pdf} for a
 * document) and placeholders in braces
 * ({@code {id}}, {@code {invoiceId}}) that match a record's numeric id, read with {@link ApiCall#pathId(String)}.
 * A literal segment is preferred to a placeholder where both would fit. The constructor refuses a malformed
 * path, an unknown method or a placeholder used twice, naming what is wrong.
 */
public record ApiEndpoint(String method, String path, ApiOperation operation) {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final String WORD = "[a-z0-9][a-z0-9.-]*";
    private static final String PLACEHOLDER = "\\{[a-z][A-Za-z0-9]*}";

    public ApiEndpoint {
        Objects.requireNonNull(operation, "operation");
        if (method == null || !METHODS.contains(method)) {
            throw new IllegalArgumentException("API method '" + method + "': expected one of " + METHODS);
        }
        if (path == null || !path.matches("(" + WORD + "|" + PLACEHOLDER + ")(/(" + WORD + "|" + PLACEHOLDER + "))*")) {
            throw new IllegalArgumentException("API path '" + path + "': expected lower-case words and {placeholders}"
                    + " separated by /, without a leading slash or the module id");
        }
        Set<String> names = new HashSet<>();
        for (String segment : path.split("/")) {
            if (segment.startsWith("{") && !names.add(segment)) {
                throw new IllegalArgumentException("API path '" + path + "': placeholder " + segment + " used twice");
            }
        }
    }

    public static ApiEndpoint get(String path, ApiOperation operation) {
        return new ApiEndpoint("GET", path, operation);
    }

    public static ApiEndpoint post(String path, ApiOperation operation) {
        return new ApiEndpoint("POST", path, operation);
    }

    public static ApiEndpoint put(String path, ApiOperation operation) {
        return new ApiEndpoint("PUT", path, operation);
    }

    public static ApiEndpoint patch(String path, ApiOperation operation) {
        return new ApiEndpoint("PATCH", path, operation);
    }

    public static ApiEndpoint delete(String path, ApiOperation operation) {
        return new ApiEndpoint("DELETE", path, operation);
    }
}
