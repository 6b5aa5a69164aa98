package coop.essaim.invoicing.internal.http;

import coop.essaim.api.people.Address;
import coop.essaim.api.web.ApiBody;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiQuery;
import coop.essaim.api.web.ApiResult;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.CustomerDetails;
import coop.essaim.invoicing.api.CustomerKind;
import coop.essaim.invoicing.internal.Invoicing;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code customers?activity=} (list, create) and {@code customers/{id}}. The body of a creation is the activity and
 * the customer's details: {@code {"activity", "kind", "name", "email", "address": {"street", "postalCode", "city",
 * "country"}, "vatNumber", "registrationNumber", "paymentDays"}}.
 */
final class CustomerEndpoints {

    private record NewCustomer(long activity, CustomerDetails details) {
    }

    private final Supplier<Invoicing> invoicing;

    CustomerEndpoints(Supplier<Invoicing> invoicing) {
        this.invoicing = invoicing;
    }

    List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("customers", this::list),
                ApiEndpoint.post("customers", this::create),
                ApiEndpoint.get("customers/{id}", this::get));
    }

    private ApiResult list(ApiCall call) {
        long activity = call.query(q -> q.requiredId("activity"));
        List<Map<String, Object>> items = invoicing.get().customers().list(call.user(), activity).stream()
                .map(InvoicingJson::customer).toList();
        return ApiResult.page(items, 0, ApiQuery.MAX_LIMIT, items.size());
    }

    private ApiResult create(ApiCall call) {
        NewCustomer asked = call.body(b -> new NewCustomer(orZero(b.requiredId("activity")), details(b)));
        Customer created = invoicing.get().customers().create(call.user(), asked.activity(), asked.details());
        return ApiResult.created(InvoicingJson.customer(created), "customers/" + created.id());
    }

    private ApiResult get(ApiCall call) {
        return invoicing.get().customers().find(call.user(), call.pathId("id"))
                .map(c -> ApiResult.ok(InvoicingJson.customer(c))).orElseGet(ApiResult::notFound);
    }

    private static CustomerDetails details(ApiBody b) {
        ApiBody a = b.object("address");
        Address address = a == null ? Address.NONE
                : new Address(a.string("street"), a.string("postalCode"), a.string("city"), a.string("country"));
        return new CustomerDetails(b.requiredConstant("kind", CustomerKind.class), b.requiredString("name"),
                b.string("email"), address, b.string("vatNumber"), b.string("registrationNumber"),
                b.integer("paymentDays"));
    }

    /** A required id that was missing: the core answers 400 before the value is used. */
    static long orZero(Long id) {
        return id == null ? 0 : id;
    }
}
