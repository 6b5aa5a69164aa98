package coop.essaim.invoicing.internal.http;

import coop.essaim.api.people.Address;
import coop.essaim.api.web.ApiBody;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiQuery;
import coop.essaim.api.web.ApiResult;
import coop.essaim.invoicing.api.Supplier;
import coop.essaim.invoicing.api.SupplierDetails;
import coop.essaim.invoicing.internal.Invoicing;

import java.util.List;

/**
 * Suppliers: {@code suppliers?activity=} (list, create with {@code {"activity", "name", "registrationNumber",
 * "vatNumber", "iban", "email", "address": {...}}}), {@code suppliers/{id}} (read, change with the same fields but
 * the activity).
 */
final class SupplierEndpoints {

    private record NewSupplier(long activity, SupplierDetails details) {
    }

    private final java.util.function.Supplier<Invoicing> invoicing;

    SupplierEndpoints(java.util.function.Supplier<Invoicing> invoicing) {
        this.invoicing = invoicing;
    }

    List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("suppliers", this::list),
                ApiEndpoint.post("suppliers", this::create),
                ApiEndpoint.get("suppliers/{id}", this::get),
                ApiEndpoint.put("suppliers/{id}", this::change));
    }

    private ApiResult list(ApiCall call) {
        long activity = call.query(q -> q.requiredId("activity"));
        List<Supplier> items = invoicing.get().suppliers().list(call.user(), activity);
        return ApiResult.page(items, 0, ApiQuery.MAX_LIMIT, items.size());
    }

    private ApiResult create(ApiCall call) {
        NewSupplier asked = call.body(b -> new NewSupplier(CustomerEndpoints.orZero(b.requiredId("activity")),
                details(b)));
        Supplier created = invoicing.get().suppliers().create(call.user(), asked.activity(), asked.details());
        return ApiResult.created(created, "suppliers/" + created.id());
    }

    private ApiResult get(ApiCall call) {
        return invoicing.get().suppliers().find(call.user(), call.pathId("id")).map(ApiResult::ok)
                .orElseGet(ApiResult::notFound);
    }

    private ApiResult change(ApiCall call) {
        SupplierDetails details = call.body(SupplierEndpoints::details);
        Invoicing services = invoicing.get();
        long id = call.pathId("id");
        if (services.suppliers().find(call.user(), id).isEmpty()) {
            return ApiResult.notFound();
        }
        return ApiResult.ok(services.suppliers().change(call.user(), id, details));
    }

    private static SupplierDetails details(ApiBody b) {
        ApiBody a = b.object("address");
        Address address = a == null ? Address.NONE
                : new Address(a.string("street"), a.string("postalCode"), a.string("city"), a.string("country"));
        return new SupplierDetails(b.requiredString("name"), b.string("registrationNumber"), b.string("vatNumber"),
                b.string("iban"), b.string("email"), address);
    }
}
