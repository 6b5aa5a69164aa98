package coop.essaim.web.apimodule;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.web.ApiBody;
import coop.essaim.api.web.ApiContribution;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiResult;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The endpoints of the test module "apitest": one for each answer the core must give on a module's behalf. */
public class TestApi implements ApiContribution {

    public enum Kind { SMALL, LARGE_ONE }

    public record Line(String label, Money amount) {
    }

    public record Thing(long id, String name, Money price, BigDecimal quantity, LocalDate day, Kind kind,
                        Optional<String> note, List<Line> lines) {
    }

    private static final int THINGS = 5;

    @Override
    public List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("things", call -> {
                    Map<String, Object> q = call.query(r -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("kind", r.constant("kind", Kind.class));
                        m.put("since", r.date("since"));
                        m.put("big", r.flag("big"));
                        m.put("offset", r.offset());
                        m.put("limit", r.limit());
                        return m;
                    });
                    int offset = (int) q.get("offset");
                    int limit = (int) q.get("limit");
                    List<Thing> page = new ArrayList<>();
                    for (int i = offset; i < Math.min(THINGS, offset + limit); i++) {
                        page.add(thing(i + 1));
                    }
                    return ApiResult.page(page, offset, limit, THINGS);
                }),
                ApiEndpoint.get("things/{id}", call -> call.pathId("id") == 7 ? ApiResult.ok(thing(7))
                        : ApiResult.notFound()),
                ApiEndpoint.delete("things/{id}", call -> ApiResult.noContent()),
                ApiEndpoint.get("things/latest", call -> ApiResult.ok(Map.of("latest", true))),
                ApiEndpoint.post("things", call -> {
                    Thing thing = call.body(TestApi::read);
                    return ApiResult.created(thing, "things/" + thing.id());
                }),
                ApiEndpoint.post("things/{id}/refusal", call -> {
                    throw new ValidationException("name", "refused by the module's rule");
                }),
                ApiEndpoint.post("things/{id}/secret", call -> {
                    call.user().require("apitest.secret");
                    return ApiResult.ok("never");
                }),
                ApiEndpoint.get("boom", call -> {
                    throw new IllegalStateException("database password is hunter2");
                }),
                ApiEndpoint.get("double", call -> ApiResult.ok(Map.of("ratio", 0.1))),
                ApiEndpoint.get("context", call -> ApiResult.ok(Map.of(
                        "contextLoader", String.valueOf(Thread.currentThread().getContextClassLoader().getName()),
                        "login", call.user().login(),
                        "header", call.header("X-Test").orElse("-")))));
    }

    private static Thing read(ApiBody body) {
        List<Line> lines = new ArrayList<>();
        for (ApiBody line : body.objects("lines")) {
            lines.add(new Line(line.requiredString("label"), line.requiredMoney("amount")));
        }
        ApiBody address = body.object("address");
        String city = address == null ? null : address.string("city");
        return new Thing(99, body.requiredString("name"), body.requiredMoney("price"), body.decimal("quantity"),
                body.date("day"), body.constant("kind", Kind.class), Optional.ofNullable(city), lines);
    }

    private static Thing thing(long id) {
        return new Thing(id, "Thing " + id, Money.of(120_050, "EUR"), new BigDecimal("1.50"),
                LocalDate.of(2026, 3, 31), Kind.LARGE_ONE, Optional.empty(), List.of(new Line("a", Money.of(5, "EUR"))));
    }
}
