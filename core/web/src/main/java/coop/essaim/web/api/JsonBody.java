package coop.essaim.web.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.kernel.text.PlainText;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A JSON object request body, checked before any handler logic: the content type (415 otherwise), the
 * syntax (400 naming the line and column) and the fields (400 listing each mistyped, missing or unknown
 * field by its path, {@code address.city} or {@code lines[1].amount}). An absent or null optional field
 * reads as null; what a value means is the services' to check.
 */
final class JsonBody {

    private static final int MAX_BYTES = 64 * 1024;

    private final JsonNode root;
    private final String prefix;
    private final ApiExchange exchange;
    private final List<ApiProblem.FieldProblem> problems;

    private JsonBody(JsonNode root, String prefix, ApiExchange exchange, List<ApiProblem.FieldProblem> problems) {
        this.root = root;
        this.prefix = prefix;
        this.exchange = exchange;
        this.problems = problems;
    }

    static JsonBody read(ApiExchange exchange) throws IOException {
        return new JsonBody(parse(exchange), "", exchange, new ArrayList<>());
    }

    /** The body's JSON object, or the 415/400 problem: how modules' bodies are read too ({@code ModuleBody}). */
    static JsonNode parse(ApiExchange exchange) throws IOException {
        exchange.requireType("application/(.+\\+)?json", "api.body.type");
        byte[] bytes = exchange.body(MAX_BYTES, () -> new ApiProblem(400, exchange.text("api.body.tooLarge", MAX_BYTES)));
        JsonNode root;
        try {
            root = exchange.json().readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ApiProblem(400, exchange.text("api.body.malformed",
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new ApiProblem(400, exchange.text("api.body.empty"));
        }
        if (!root.isObject()) {
            throw new ApiProblem(400, exchange.text("api.body.notObject", kind(root)));
        }
        return root;
    }

    /** A required, non-blank string field; records a field problem (and returns null) otherwise. */
    String requiredString(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            problem(field, "api.field.required");
            return null;
        }
        String value = string(field);
        if (value != null && value.isBlank()) {
            problem(field, "api.field.blank");
            return null;
        }
        return value;
    }

    /** A text, refused (400) when it holds a control character other than tab and line breaks. */
    String string(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            return mistyped(field, "api.field.string", node);
        }
        if (!PlainText.acceptable(node.asText())) {
            problem(field, "api.field.control", PlainText.codeOf(node.asText()));
            return null;
        }
        return node.asText();
    }

    /** A record's id: a whole positive number. */
    Long id(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        return node.isIntegralNumber() && node.canConvertToLong() && node.asLong() > 0 ? node.asLong()
                : mistyped(field, "api.field.number", node);
    }

    /** A record's id that must be there. */
    Long requiredId(String field) {
        if (present(field) == null) {
            problem(field, "api.field.required");
            return null;
        }
        return id(field);
    }

    boolean bool(String field) {
        JsonNode node = present(field);
        if (node != null && !node.isBoolean()) {
            mistyped(field, "api.field.boolean", node);
        }
        return node != null && node.asBoolean();
    }

    /** An ISO-8601 date, {@code 2026-03-31}. */
    LocalDate date(String field) {
        String text = string(field);
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problem(field, "api.field.date", text);
            return null;
        }
    }

    /** One of the constants of {@code type}, by name in any case. */
    <E extends Enum<E>> E constant(String field, Class<E> type) {
        String text = string(field);
        try {
            return text == null ? null : Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(field, "api.field.oneOf", text,
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }

    /** The texts of an array field; a wrong element is told as {@code field[i]} and left out, never a null. */
    List<String> strings(String field) {
        List<String> out = new ArrayList<>();
        for (JsonBody e : elements(field)) {
            if (e.root.isTextual()) {
                out.add(e.root.asText());
            } else {
                e.mistypedSelf("api.field.string");
            }
        }
        return out;
    }

    /** The positive whole numbers of an array field; a wrong element is told as {@code field[i]} and left out. */
    List<Long> ids(String field) {
        List<Long> out = new ArrayList<>();
        for (JsonBody e : elements(field)) {
            if (e.root.isIntegralNumber() && e.root.canConvertToLong() && e.root.asLong() > 0) {
                out.add(e.root.asLong());
            } else {
                e.mistypedSelf("api.field.number");
            }
        }
        return out;
    }

    /** A nested object, or null when absent. */
    JsonBody object(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        return node.isObject() ? new JsonBody(node, path(field), exchange, problems)
                : mistyped(field, "api.field.object", node);
    }

    /** The objects of an array field, each reporting its fields as {@code field[i].name}. */
    List<JsonBody> objects(String field) {
        List<JsonBody> out = new ArrayList<>();
        for (JsonBody e : elements(field)) {
            if (e.root.isObject()) {
                out.add(e);
            } else {
                e.mistypedSelf("api.field.object");
            }
        }
        return out;
    }

    /** Records every field not in {@code known}, so a misspelt field is not silently ignored. */
    JsonBody allowOnly(Set<String> known) {
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(name, "api.field.unknown");
            }
        }
        return this;
    }

    /** Records a problem on a field of this object, in the caller's language. */
    void problem(String field, String key, Object... arguments) {
        problems.add(new ApiProblem.FieldProblem(path(field), exchange.text(key, arguments)));
    }

    /** Throws the 400 problem listing every field problem found so far. */
    void complete() {
        if (!problems.isEmpty()) {
            throw new ApiProblem(400, exchange.text("api.body.invalid"), problems, java.util.Map.of());
        }
    }

    private List<JsonBody> elements(String field) {
        JsonNode node = present(field);
        List<JsonBody> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!node.isArray()) {
            mistyped(field, "api.field.array", node);
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            out.add(new JsonBody(node.get(i), path(field) + "[" + i + "]", exchange, problems));
        }
        return out;
    }

    private JsonNode present(String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? null : node;
    }

    private <T> T mistyped(String field, String key, JsonNode node) {
        problem(field, key, kind(node));
        return null;
    }

    private <T> T mistypedSelf(String key) {
        problems.add(new ApiProblem.FieldProblem(prefix, exchange.text(key, kind(root))));
        return null;
    }

    private String path(String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
