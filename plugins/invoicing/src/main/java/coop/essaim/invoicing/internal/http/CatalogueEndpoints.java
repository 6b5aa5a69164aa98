package coop.essaim.invoicing.internal.http;

import coop.essaim.api.web.ApiBody;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiQuery;
import coop.essaim.api.web.ApiResult;
import coop.essaim.invoicing.api.Catalogue;
import coop.essaim.invoicing.api.CatalogueItem;
import coop.essaim.invoicing.api.CatalogueItemDetails;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.invoicing.internal.Invoicing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The activities' catalogues: {@code catalogue?activity=} (list, {@code archived=true} for the archived items
 * too; create), {@code catalogue/{id}} (read, PUT to change) and {@code catalogue/{id}/archive}. The body of a
 * creation is {@code {"activity", "name", "description", "kind", "unitCode", "unitPrice", "vatCode",
 * "reference"}}; a change has the same fields but the activity. An item out of the user's reach is a 404.
 */
final class CatalogueEndpoints {

    private record NewItem(long activity, CatalogueItemDetails details) {
    }

    private final Supplier<Invoicing> invoicing;

    CatalogueEndpoints(Supplier<Invoicing> invoicing) {
        this.invoicing = invoicing;
    }

    List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("catalogue", this::list),
                ApiEndpoint.post("catalogue", this::create),
                ApiEndpoint.get("catalogue/{id}", call -> reached(call, (catalogue, item) -> item)),
                ApiEndpoint.put("catalogue/{id}", this::change),
                ApiEndpoint.post("catalogue/{id}/archive", call -> reached(call,
                        (catalogue, item) -> catalogue.archive(call.user(), item.id()))));
    }

    private ApiResult list(ApiCall call) {
        record Asked(long activity, boolean archived) {
        }
        Asked asked = call.query(q -> new Asked(CustomerEndpoints.orZero(q.requiredId("activity")),
                q.flag("archived")));
        List<Map<String, Object>> items = invoicing.get().catalogue().list(call.user(), asked.activity(),
                asked.archived()).stream().map(CatalogueEndpoints::json).toList();
        return ApiResult.page(items, 0, ApiQuery.MAX_LIMIT, items.size());
    }

    private ApiResult create(ApiCall call) {
        NewItem asked = call.body(b -> new NewItem(CustomerEndpoints.orZero(b.requiredId("activity")), details(b)));
        CatalogueItem created = invoicing.get().catalogue().create(call.user(), asked.activity(), asked.details());
        return ApiResult.created(json(created), "catalogue/" + created.id());
    }

    private ApiResult change(ApiCall call) {
        CatalogueItemDetails details = call.body(CatalogueEndpoints::details);
        return reached(call, (catalogue, item) -> catalogue.change(call.user(), item.id(), details));
    }

    /** The item of the path as {@code action} leaves it, or 404 when the user does not reach it. */
    private ApiResult reached(ApiCall call, BiFunction<Catalogue, CatalogueItem, CatalogueItem> action) {
        Catalogue catalogue = invoicing.get().catalogue();
        return catalogue.find(call.user(), call.pathId("id"))
                .map(item -> ApiResult.ok(json(action.apply(catalogue, item))))
                .orElseGet(ApiResult::notFound);
    }

    private static CatalogueItemDetails details(ApiBody b) {
        return new CatalogueItemDetails(b.requiredString("name"), b.string("description"),
                b.requiredConstant("kind", LineKind.class), b.requiredString("unitCode"), b.requiredMoney("unitPrice"),
                b.requiredString("vatCode"), b.string("reference"));
    }

    static Map<String, Object> json(CatalogueItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("activity", i.activityId());
        m.put("name", i.details().name());
        m.put("description", i.details().description());
        m.put("kind", i.details().kind());
        m.put("unitCode", i.details().unitCode());
        m.put("unitPrice", i.details().unitPrice());
        m.put("vatCode", i.details().vatCode());
        m.put("reference", i.details().reference());
        m.put("archived", i.archived());
        return m;
    }
}
