package coop.essaim.web.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON object request body, checked before any handler logic: the content type (415 otherwise), the
 * syntax (400 naming the line and column) and the fields (400 listing each missing or mistyped field).
 */
final class JsonBody {

    private static final int MAX_BYTES = 64 * 1024;

    private final JsonNode root;
    private final ApiExchange exchange;
    private final List<ApiProblem.FieldProblem> problems = new ArrayList<>();

    private JsonBody(JsonNode root, ApiExchange exchange) {
        this.root = root;
        this.exchange = exchange;
    }

    static JsonBody read(ApiExchange exchange) throws IOException {
        String type = exchange.request().getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).matches("application/(.+\\+)?json\\s*(;.*)?")) {
            throw new ApiProblem(415, exchange.text("api.body.type", type == null ? "-" : type));
        }
        byte[] bytes;
        try (InputStream in = exchange.request().getInputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ApiProblem(400, exchange.text("api.body.tooLarge", MAX_BYTES));
        }
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
            throw new ApiProblem(400, exchange.text("api.body.notObject", root.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return new JsonBody(root, exchange);
    }

    /** A required, non-blank string field; records a field problem (and returns null) otherwise. */
    String requiredString(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            problems.add(new ApiProblem.FieldProblem(field, exchange.text("api.field.required")));
            return null;
        }
        if (!node.isTextual()) {
            problems.add(new ApiProblem.FieldProblem(field, exchange.text("api.field.string",
                    node.getNodeType().name().toLowerCase(java.util.Locale.ROOT))));
            return null;
        }
        if (node.asText().isBlank()) {
            problems.add(new ApiProblem.FieldProblem(field, exchange.text("api.field.blank")));
            return null;
        }
        return node.asText();
    }

    /** Throws the 400 problem listing every field problem found so far. */
    void complete() {
        if (!problems.isEmpty()) {
            throw new ApiProblem(400, exchange.text("api.body.invalid"), problems, java.util.Map.of());
        }
    }
}
