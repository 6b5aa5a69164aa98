package coop.essaim.invoicing.internal.http;

import coop.essaim.api.money.Money;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiQuery;
import coop.essaim.api.web.ApiResult;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.Payment;
import coop.essaim.invoicing.api.PaymentMethod;
import coop.essaim.invoicing.internal.Invoicing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The payments of an invoice: {@code invoices/{id}/payments} (list, record one with
 * {@code {"paidOn", "amount", "method", "reference"}}) and {@code invoices/{id}/payments/{paymentId}}. An invoice
 * out of the user's reach is a 404; recording needs the payments permission (403 otherwise).
 */
final class PaymentEndpoints {

    private record NewPayment(LocalDate paidOn, Money amount, PaymentMethod method, String reference) {
    }

    private final Supplier<Invoicing> invoicing;

    PaymentEndpoints(Supplier<Invoicing> invoicing) {
        this.invoicing = invoicing;
    }

    List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("invoices/{id}/payments", this::list),
                ApiEndpoint.post("invoices/{id}/payments", this::record),
                ApiEndpoint.get("invoices/{id}/payments/{paymentId}", this::get));
    }

    private ApiResult list(ApiCall call) {
        Invoicing services = invoicing.get();
        Optional<Invoice> invoice = services.invoices().find(call.user(), call.pathId("id"));
        if (invoice.isEmpty()) {
            return ApiResult.notFound();
        }
        List<Payment> payments = services.payments().of(call.user(), invoice.get().id());
        return ApiResult.page(payments, 0, ApiQuery.MAX_LIMIT, payments.size());
    }

    private ApiResult record(ApiCall call) {
        NewPayment asked = call.body(b -> new NewPayment(b.requiredDate("paidOn"), b.requiredMoney("amount"),
                b.requiredConstant("method", PaymentMethod.class), b.string("reference")));
        Invoicing services = invoicing.get();
        Optional<Invoice> invoice = services.invoices().find(call.user(), call.pathId("id"));
        if (invoice.isEmpty()) {
            return ApiResult.notFound();
        }
        Payment payment = services.payments().record(call.user(), invoice.get().id(), asked.paidOn(), asked.amount(),
                asked.method(), asked.reference());
        return ApiResult.created(payment, "invoices/" + payment.invoiceId() + "/payments/" + payment.id());
    }

    private ApiResult get(ApiCall call) {
        Invoicing services = invoicing.get();
        long paymentId = call.pathId("paymentId");
        return services.invoices().find(call.user(), call.pathId("id"))
                .flatMap(invoice -> services.payments().of(call.user(), invoice.id()).stream()
                        .filter(p -> p.id() == paymentId).findFirst())
                .map(ApiResult::ok).orElseGet(ApiResult::notFound);
    }
}
