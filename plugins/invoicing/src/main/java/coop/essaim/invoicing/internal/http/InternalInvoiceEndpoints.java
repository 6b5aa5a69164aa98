package coop.essaim.invoicing.internal.http;

import coop.essaim.api.money.Money;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiQuery;
import coop.essaim.api.web.ApiResult;
import coop.essaim.invoicing.api.InternalInvoice;
import coop.essaim.invoicing.api.InternalInvoices;
import coop.essaim.invoicing.internal.Invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Internal invoices between two activities: {@code internal-invoices?activity=} (those the activity sells or buys),
 * a draft with {@code {"sellerActivity", "buyerActivity", "issueDate", "description", "quantity", "unitCode",
 * "unitPrice"}}, {@code internal-invoices/{id}} and {@code internal-invoices/{id}/acceptance} (the buyer's side
 * agrees, which posts both sides).
 */
final class InternalInvoiceEndpoints {

    private record NewInternal(long seller, long buyer, LocalDate issueDate, String description, BigDecimal quantity,
                               String unitCode, Money unitPrice) {
    }

    private final Supplier<Invoicing> invoicing;

    InternalInvoiceEndpoints(Supplier<Invoicing> invoicing) {
        this.invoicing = invoicing;
    }

    List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("internal-invoices", this::list),
                ApiEndpoint.post("internal-invoices", this::create),
                ApiEndpoint.get("internal-invoices/{id}", this::get),
                ApiEndpoint.post("internal-invoices/{id}/acceptance", this::accept));
    }

    private ApiResult list(ApiCall call) {
        long activity = call.query(q -> q.requiredId("activity"));
        List<InternalInvoice> items = invoicing.get().internalInvoices().of(call.user(), activity);
        return ApiResult.page(items, 0, ApiQuery.MAX_LIMIT, items.size());
    }

    private ApiResult create(ApiCall call) {
        NewInternal asked = call.body(b -> new NewInternal(CustomerEndpoints.orZero(b.requiredId("sellerActivity")),
                CustomerEndpoints.orZero(b.requiredId("buyerActivity")), b.date("issueDate"),
                b.requiredString("description"), b.requiredDecimal("quantity"), b.requiredString("unitCode"),
                b.requiredMoney("unitPrice")));
        InternalInvoice created = invoicing.get().internalInvoices().draft(call.user(), asked.seller(), asked.buyer(),
                asked.issueDate(), asked.description(), asked.quantity(), asked.unitCode(), asked.unitPrice());
        return ApiResult.created(created, "internal-invoices/" + created.id());
    }

    private ApiResult get(ApiCall call) {
        return invoicing.get().internalInvoices().find(call.user(), call.pathId("id"))
                .map(ApiResult::ok).orElseGet(ApiResult::notFound);
    }

    private ApiResult accept(ApiCall call) {
        InternalInvoices internal = invoicing.get().internalInvoices();
        return internal.find(call.user(), call.pathId("id"))
                .map(found -> ApiResult.ok(internal.accept(call.user(), found.id())))
                .orElseGet(ApiResult::notFound);
    }
}
