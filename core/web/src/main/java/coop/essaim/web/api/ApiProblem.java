package coop.essaim.web.api;

import coop.essaim.api.problem.ValidationException;

import java.util.List;
import java.util.function.UnaryOperator;

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

    /**
     * A service's refusal as a 422 listing every field error, already in the user's language;
     * {@code rename} turns a service field name into the name the JSON body gives it.
     */
    static ApiProblem refused(ValidationException e, String detail, UnaryOperator<String> rename) {
        return new ApiProblem(422, detail, e.errors().stream()
                .map(f -> new FieldProblem(rename.apply(f.field()), f.message())).toList(), java.util.Map.of());
    }

    /** {@code lines[2].amount} as an RFC 6901 JSON pointer into the body: {@code /lines/2/amount}. */
    static String pointer(String field) {
        String escaped = field.replace("~", "~0").replace("/", "~1");
        return "/" + escaped.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
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
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> "Internal Server Error";
        };
    }
}
