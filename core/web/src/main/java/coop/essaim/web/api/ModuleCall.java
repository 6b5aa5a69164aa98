package coop.essaim.web.api;

import coop.essaim.api.security.UserContext;
import coop.essaim.api.web.ApiBody;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A call to a module's endpoint as its operation sees it ({@link ApiCall}). Reading the query or the body runs the
 * module's reader, then answers 400 with every problem it met, even if the reader then failed on a missing value.
 */
final class ModuleCall implements ApiCall {

    private final ApiExchange exchange;
    private final UserContext user;
    private final Map<String, Long> pathIds;
    private boolean bodyRead;

    ModuleCall(ApiExchange exchange, UserContext user, Map<String, Long> pathIds) {
        this.exchange = exchange;
        this.user = user;
        this.pathIds = Map.copyOf(pathIds);
    }

    @Override
    public UserContext user() {
        return user;
    }

    @Override
    public long pathId(String name) {
        Long id = pathIds.get(name);
        if (id == null) {
            throw new IllegalArgumentException("no placeholder {" + name + "} in this endpoint's path");
        }
        return id;
    }

    @Override
    public <T> T query(Function<ApiQuery, T> reader) {
        ModuleQuery query = new ModuleQuery(exchange);
        T value;
        try {
            value = reader.apply(query);
        } catch (RuntimeException e) {
            if (query.hasProblems()) {
                query.complete(); // the bad parameters explain the failure better than the exception
            }
            throw e;
        }
        query.complete();
        return value;
    }

    @Override
    public <T> T body(Function<ApiBody, T> reader) {
        if (bodyRead) {
            throw new IllegalStateException("the body of a call is read once");
        }
        bodyRead = true;
        ModuleBody body;
        try {
            body = ModuleBody.of(JsonBody.parse(exchange), exchange);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
        T value;
        try {
            value = reader.apply(body);
        } catch (RuntimeException e) {
            complete(body.problems());
            throw e;
        }
        complete(body.problems());
        return value;
    }

    @Override
    public Optional<String> header(String name) {
        String value = exchange.request().getHeader(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private void complete(List<ApiProblem.FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ApiProblem(400, exchange.text("api.body.invalid"), problems, Map.of());
        }
    }
}
