package coop.essaim.invoicing.internal.http;

import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiResult;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.ReminderLevel;
import coop.essaim.invoicing.internal.Invoicing;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sending a validated document: {@code invoices/{id}/sendings} (the e-mails sent; POST e-mails it to the customer
 * with its Factur-X) and {@code invoices/{id}/reminders} (list; POST {@code {"level", "byEmail"}}).
 */
final class SendingEndpoints {

    private final Supplier<Invoicing> invoicing;

    SendingEndpoints(Supplier<Invoicing> invoicing) {
        this.invoicing = invoicing;
    }

    List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("invoices/{id}/sendings", call -> on(call, (s, i) ->
                        ApiResult.ok(s.mailing().sendings(call.user(), i.id())))),
                ApiEndpoint.post("invoices/{id}/sendings", call -> on(call, (s, i) ->
                        ApiResult.of(201, s.mailing().send(call.user(), i.id())))),
                ApiEndpoint.get("invoices/{id}/reminders", call -> on(call, (s, i) ->
                        ApiResult.ok(s.mailing().reminders(call.user(), i.id())))),
                ApiEndpoint.post("invoices/{id}/reminders", this::remind));
    }

    private ApiResult remind(ApiCall call) {
        record Asked(ReminderLevel level, boolean byEmail) {
        }
        Asked asked = call.body(b -> new Asked(b.requiredConstant("level", ReminderLevel.class),
                !Boolean.FALSE.equals(b.bool("byEmail"))));
        return on(call, (s, i) -> ApiResult.of(201, s.mailing().remind(call.user(), i.id(), asked.level(),
                asked.byEmail())));
    }

    private ApiResult on(ApiCall call, java.util.function.BiFunction<Invoicing, Invoice, ApiResult> action) {
        Invoicing services = invoicing.get();
        Optional<Invoice> invoice = services.invoices().find(call.user(), call.pathId("id"));
        return invoice.map(i -> action.apply(services, i)).orElseGet(ApiResult::notFound);
    }
}
