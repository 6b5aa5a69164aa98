package coop.essaim.web.api;

import coop.essaim.api.web.ApiQuery;

import java.time.LocalDate;

/** A module's view of the query string ({@link ApiQuery}), over the core's own {@link QueryParameters}. */
final class ModuleQuery implements ApiQuery {

    private final QueryParameters query;
    private final ApiExchange exchange;

    ModuleQuery(ApiExchange exchange) {
        this.exchange = exchange;
        this.query = exchange.query();
    }

    @Override
    public String string(String name) {
        return query.string(name);
    }

    @Override
    public Long id(String name) {
        return query.id(name);
    }

    @Override
    public Long requiredId(String name) {
        return present(name) ? query.id(name) : null;
    }

    @Override
    public LocalDate date(String name) {
        return query.date(name);
    }

    @Override
    public LocalDate requiredDate(String name) {
        return query.requiredDate(name);
    }

    @Override
    public <E extends Enum<E>> E constant(String name, Class<E> type) {
        return query.constant(name, type);
    }

    @Override
    public boolean flag(String name) {
        String value = query.string(name);
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        query.reject(name, exchange.text("api.field.boolean", value));
        return false;
    }

    @Override
    public int offset() {
        return query.offset();
    }

    @Override
    public int limit() {
        return query.limit();
    }

    @Override
    public void reject(String name, String message) {
        query.reject(name, message);
    }

    boolean hasProblems() {
        return query.hasProblems();
    }

    void complete() {
        query.complete();
    }

    private boolean present(String name) {
        if (query.string(name) == null) {
            query.reject(name, exchange.text("api.field.required"));
            return false;
        }
        return true;
    }
}
