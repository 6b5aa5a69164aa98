package coop.essaim.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.api.money.Money;
import coop.essaim.api.web.ApiBody;
import coop.essaim.kernel.text.PlainText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A module's view of a JSON object of the body ({@link ApiBody}): the same strict reading as {@link JsonBody},
 * and the fields the module did not read are refused as unknown once its reader returns ({@link #problems()}).
 */
final class ModuleBody implements ApiBody {

    /** The problems and every object reader of one body, shared by the nested readers. */
    private static final class Reading {
        final List<ApiProblem.FieldProblem> problems = new ArrayList<>();
        final List<ModuleBody> objects = new ArrayList<>();
    }

    private final JsonNode root;
    private final String prefix;
    private final ApiExchange exchange;
    private final Reading reading;
    private final Set<String> read = new HashSet<>();

    private ModuleBody(JsonNode root, String prefix, ApiExchange exchange, Reading reading) {
        this.root = root;
        this.prefix = prefix;
        this.exchange = exchange;
        this.reading = reading;
        reading.objects.add(this);
    }

    /** The reader of the body's top object, already parsed and checked by {@link JsonBody#parse}. */
    static ModuleBody of(JsonNode object, ApiExchange exchange) {
        return new ModuleBody(object, "", exchange, new Reading());
    }

    /** Every problem recorded, then every field of every object read that its reader never asked for. */
    List<ApiProblem.FieldProblem> problems() {
        List<ApiProblem.FieldProblem> all = new ArrayList<>(reading.problems);
        for (ModuleBody object : reading.objects) {
            for (Iterator<String> names = object.root.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!object.read.contains(name)) {
                    all.add(new ApiProblem.FieldProblem(object.path(name), exchange.text("api.field.unknown")));
                }
            }
        }
        return all;
    }

    /** A text, refused when it holds a control character other than tab and line breaks. */
    @Override
    public String string(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            return mistyped(field, "api.field.string", node);
        }
        if (!PlainText.acceptable(node.asText())) {
            reject(field, exchange.text("api.field.control", PlainText.codeOf(node.asText())));
            return null;
        }
        return node.asText();
    }

    @Override
    public String requiredString(String field) {
        if (required(field)) {
            String value = string(field);
            if (value != null && value.isBlank()) {
                reject(field, exchange.text("api.field.blank"));
                return null;
            }
            return value;
        }
        return null;
    }

    @Override
    public Long id(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        return node.isIntegralNumber() && node.canConvertToLong() && node.asLong() > 0 ? node.asLong()
                : mistyped(field, "api.field.number", node);
    }

    @Override
    public Long requiredId(String field) {
        return required(field) ? id(field) : null;
    }

    @Override
    public Integer integer(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        return node.isIntegralNumber() && node.canConvertToInt() ? node.asInt()
                : mistyped(field, "api.field.integer", node);
    }

    @Override
    public Boolean bool(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        return node.isBoolean() ? node.asBoolean() : mistyped(field, "api.field.boolean", node);
    }

    @Override
    public BigDecimal decimal(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            return mistyped(field, "api.field.decimal", node);
        }
        String text = node.asText().strip();
        if (!text.matches("[+-]?\\d{1,30}(\\.\\d{1,30})?")) {
            reject(field, exchange.text("api.field.decimalText", node.asText()));
            return null;
        }
        return new BigDecimal(text);
    }

    @Override
    public BigDecimal requiredDecimal(String field) {
        return required(field) ? decimal(field) : null;
    }

    @Override
    public Money money(String field) {
        ModuleBody money = object(field);
        if (money == null) {
            return null;
        }
        String amount = money.requiredString("amount");
        String code = money.requiredString("currency");
        if (amount == null || code == null) {
            return null;
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code.strip());
        } catch (IllegalArgumentException e) {
            money.reject("currency", exchange.text("api.field.currency", code));
            return null;
        }
        try {
            return Money.parse(amount, currency);
        } catch (IllegalArgumentException e) {
            money.reject("amount", exchange.text("api.field.amount", amount, currency.getDefaultFractionDigits()));
            return null;
        }
    }

    @Override
    public Money requiredMoney(String field) {
        return required(field) ? money(field) : null;
    }

    @Override
    public LocalDate date(String field) {
        String text = string(field);
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            reject(field, exchange.text("api.field.date", text));
            return null;
        }
    }

    @Override
    public LocalDate requiredDate(String field) {
        return required(field) ? date(field) : null;
    }

    @Override
    public <E extends Enum<E>> E constant(String field, Class<E> type) {
        String text = string(field);
        try {
            return text == null ? null : Enum.valueOf(type, text.strip().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reject(field, exchange.text("api.field.oneOf", text,
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }

    @Override
    public <E extends Enum<E>> E requiredConstant(String field, Class<E> type) {
        return required(field) ? constant(field, type) : null;
    }

    @Override
    public ModuleBody object(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        return node.isObject() ? new ModuleBody(node, path(field), exchange, reading)
                : mistyped(field, "api.field.object", node);
    }

    @Override
    public List<ApiBody> objects(String field) {
        JsonNode node = present(field);
        List<ApiBody> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!node.isArray()) {
            mistyped(field, "api.field.array", node);
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            String at = path(field) + "[" + i + "]";
            if (element.isObject()) {
                out.add(new ModuleBody(element, at, exchange, reading));
            } else {
                reading.problems.add(new ApiProblem.FieldProblem(at, exchange.text("api.field.object", kind(element))));
            }
        }
        return out;
    }

    @Override
    public void reject(String field, String message) {
        read.add(field);
        reading.problems.add(new ApiProblem.FieldProblem(path(field), message));
    }

    private boolean required(String field) {
        if (present(field) == null) {
            reject(field, exchange.text("api.field.required"));
            return false;
        }
        return true;
    }

    private JsonNode present(String field) {
        read.add(field);
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? null : node;
    }

    private <T> T mistyped(String field, String key, JsonNode node) {
        reject(field, exchange.text(key, kind(node)));
        return null;
    }

    private String path(String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
