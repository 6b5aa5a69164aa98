package coop.essaim.web.api;

import java.util.List;

/**
 * An RFC 9457 problem the API answers with, thrown by handlers and written by {@link ApiServlet}.
 * {@code detail} and the field messages are already in the caller's language.
 */
final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    record FieldProblem(String field, String message) {
    }

    private final int status;
    private final String detail;
    private final List<FieldProblem> errors;
    private final transient java.util.Map<String, String> headers;

    ApiProblem(int status, String detail) {
        this(status, detail, List.of(), java.util.Map.of());
    }

    ApiProblem(int status, String detail, List<FieldProblem> errors, java.util.Map<String, String> headers) {
        super(status + " " + detail, null, false, false);
        this.status = status;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.headers = java.util.Map.copyOf(headers);
    }

    int status() {
        return status;
    }

    String detail() {
        return detail;
    }

    List<FieldProblem> errors() {
        return errors;
    }

    java.util.Map<String, String> headers() {
        return headers;
    }

    /** The standard reason phrase, used as the problem's title (type is about:blank, RFC 9457 4.2.1). */
    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            default -> "Internal Server Error";
        };
    }
}
