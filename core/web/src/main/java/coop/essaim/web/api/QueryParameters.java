package coop.essaim.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The query string of a call, read field by field: a bad value is recorded under the parameter's name and
 * {@link #complete()} answers 400 listing them all, before any service is called. Blank means absent.
 */
final class QueryParameters {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final ApiExchange exchange;
    private final List<ApiProblem.FieldProblem> problems = new ArrayList<>();

    QueryParameters(ApiExchange exchange) {
        this.exchange = exchange;
    }

    String string(String name) {
        String value = exchange.request().getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    Long id(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        if (!value.matches("[0-9]{1,18}")) {
            problems.add(new ApiProblem.FieldProblem(name, exchange.text("api.field.id", value)));
            return null;
        }
        return Long.parseLong(value);
    }

    LocalDate date(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new ApiProblem.FieldProblem(name, exchange.text("api.field.date", value)));
            return null;
        }
    }

    /** One of {@code values} (compared without case), which must be there; returned in lower case. */
    String requiredChoice(String name, List<String> values) {
        String value = string(name);
        if (value == null) {
            problems.add(new ApiProblem.FieldProblem(name, exchange.text("api.field.required")));
            return null;
        }
        if (!values.contains(value.toLowerCase(Locale.ROOT))) {
            problems.add(new ApiProblem.FieldProblem(name, exchange.text("api.field.oneOf", value,
                    String.join(", ", values))));
            return null;
        }
        return value.toLowerCase(Locale.ROOT);
    }

    /** A date that must be there. */
    LocalDate requiredDate(String name) {
        if (string(name) == null) {
            problems.add(new ApiProblem.FieldProblem(name, exchange.text("api.field.required")));
            return null;
        }
        return date(name);
    }

    /** One of the constants, written in any case and with dashes or underscores ({@code due-within-90-days}). */
    <E extends Enum<E>> E constant(String name, Class<E> type) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new ApiProblem.FieldProblem(name, exchange.text("api.field.oneOf", value,
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()))));
            return null;
        }
    }

    int offset() {
        return number("offset", 0, 0, Integer.MAX_VALUE);
    }

    int limit() {
        return number("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    private int number(String name, int absent, int min, int max) {
        String value = string(name);
        if (value == null) {
            return absent;
        }
        if (value.matches("[0-9]{1,9}")) {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        }
        problems.add(new ApiProblem.FieldProblem(name, exchange.text("api.field.range", value, min, max)));
        return absent;
    }

    /** Records a problem on a parameter, its message already in the caller's language. */
    void reject(String name, String message) {
        problems.add(new ApiProblem.FieldProblem(name, message));
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Throws the 400 problem listing every bad parameter found so far. */
    void complete() {
        if (!problems.isEmpty()) {
            throw new ApiProblem(400, exchange.text("api.query.invalid"), problems, Map.of());
        }
    }
}
