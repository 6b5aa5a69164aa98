package coop.essaim.invoicing.internal.http;

import coop.essaim.api.web.ApiBody;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiQuery;
import coop.essaim.api.web.ApiResult;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.LineDraft;
import coop.essaim.invoicing.api.Quote;
import coop.essaim.invoicing.api.QuoteDraft;
import coop.essaim.invoicing.api.QuoteInvoiceKind;
import coop.essaim.invoicing.api.QuoteInvoicing;
import coop.essaim.invoicing.api.QuoteStatus;
import coop.essaim.invoicing.api.Quotes;
import coop.essaim.invoicing.internal.Invoicing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Quotes: {@code quotes} (list one activity's with {@code activity} and {@code status}; create a draft),
 * {@code quotes/{id}} (read, change or delete a draft), {@code quotes/{id}/sending} (e-mail it to the customer;
 * {@code ?withoutEmail=true} only marks it sent), {@code quotes/{id}/acceptance}, {@code quotes/{id}/refusal},
 * {@code quotes/{id}/duplicate} (a new draft) and {@code quotes/{id}/invoices} (the invoices drafted from it and
 * what is left; POST {@code {"kind": "WHOLE|DEPOSIT|PARTIAL|BALANCE", "percent"}} drafts one). A quote out of the
 * user's reach is a 404, like one that does not exist.
 */
final class QuoteEndpoints {

    private record NewQuote(long activity, QuoteDraft draft) {
    }

    private record Asked(QuoteInvoiceKind kind, BigDecimal percent) {
    }

    private final Supplier<Invoicing> invoicing;

    QuoteEndpoints(Supplier<Invoicing> invoicing) {
        this.invoicing = invoicing;
    }

    List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("quotes", this::list),
                ApiEndpoint.post("quotes", this::create),
                ApiEndpoint.get("quotes/{id}", call -> reached(call, (quotes, q) -> ApiResult.ok(q))),
                ApiEndpoint.put("quotes/{id}", this::change),
                ApiEndpoint.delete("quotes/{id}", call -> reached(call, (quotes, q) -> {
                    quotes.delete(call.user(), q.id());
                    return ApiResult.noContent();
                })),
                ApiEndpoint.post("quotes/{id}/sending", this::send),
                ApiEndpoint.post("quotes/{id}/acceptance", call -> reached(call,
                        (quotes, q) -> ApiResult.ok(quotes.accept(call.user(), q.id())))),
                ApiEndpoint.post("quotes/{id}/refusal", call -> reached(call,
                        (quotes, q) -> ApiResult.ok(quotes.refuse(call.user(), q.id())))),
                ApiEndpoint.post("quotes/{id}/duplicate", call -> reached(call, (quotes, q) -> {
                    Quote copy = quotes.duplicate(call.user(), q.id());
                    return ApiResult.created(copy, "quotes/" + copy.id());
                })),
                ApiEndpoint.get("quotes/{id}/invoices", call -> reached(call,
                        (quotes, q) -> ApiResult.ok(invoicing(quotes.invoicing(call.user(), q.id()))))),
                ApiEndpoint.post("quotes/{id}/invoices", this::invoice));
    }

    private ApiResult list(ApiCall call) {
        record Filter(long activity, QuoteStatus status) {
        }
        Filter filter = call.query(q -> new Filter(CustomerEndpoints.orZero(q.requiredId("activity")),
                q.constant("status", QuoteStatus.class)));
        List<Quote> items = invoicing.get().quotes().of(call.user(), filter.activity(), filter.status());
        return ApiResult.page(items, 0, ApiQuery.MAX_LIMIT, items.size());
    }

    private ApiResult create(ApiCall call) {
        NewQuote asked = call.body(b -> new NewQuote(CustomerEndpoints.orZero(b.requiredId("activity")), draft(b)));
        Quote created = invoicing.get().quotes().create(call.user(), asked.activity(), asked.draft());
        return ApiResult.created(created, "quotes/" + created.id());
    }

    private ApiResult change(ApiCall call) {
        QuoteDraft draft = call.body(QuoteEndpoints::draft);
        return reached(call, (quotes, q) -> ApiResult.ok(quotes.change(call.user(), q.id(), draft)));
    }

    private ApiResult send(ApiCall call) {
        boolean withoutEmail = call.query(q -> q.flag("withoutEmail"));
        return reached(call, (quotes, q) -> {
            if (withoutEmail) {
                return ApiResult.ok(quotes.markSent(call.user(), q.id()));
            }
            quotes.send(call.user(), q.id());
            return ApiResult.ok(quotes.find(call.user(), q.id()).orElseThrow());
        });
    }

    private ApiResult invoice(ApiCall call) {
        Asked asked = call.body(b -> new Asked(b.requiredConstant("kind", QuoteInvoiceKind.class),
                b.decimal("percent")));
        return reached(call, (quotes, q) -> {
            Invoice draft = quotes.invoice(call.user(), q.id(), asked.kind(), asked.percent());
            return ApiResult.created(InvoicingJson.invoice(draft), "invoices/" + draft.id());
        });
    }

    /** What {@code action} answers for the quote of the path, or 404 when the user does not reach it. */
    private ApiResult reached(ApiCall call, BiFunction<Quotes, Quote, ApiResult> action) {
        Quotes quotes = invoicing.get().quotes();
        Optional<Quote> quote = quotes.find(call.user(), call.pathId("id"));
        return quote.map(q -> action.apply(quotes, q)).orElseGet(ApiResult::notFound);
    }

    private static Map<String, Object> invoicing(QuoteInvoicing progress) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("quoteId", progress.quoteId());
        out.put("invoices", progress.invoices().stream().map(InvoicingJson::invoice).toList());
        out.put("invoicedExclVat", progress.invoicedExclVat());
        out.put("leftExclVat", progress.leftExclVat());
        return out;
    }

    /**
     * {@code {"customerId", "issueDate", "validUntil", "depositPercent", "buyerReference", "lines": [...]}}, the
     * lines as an invoice's.
     */
    private static QuoteDraft draft(ApiBody b) {
        Long customer = b.requiredId("customerId");
        List<LineDraft> lines = b.objects("lines").stream().map(InvoiceEndpoints::line).toList();
        return new QuoteDraft(CustomerEndpoints.orZero(customer), b.date("issueDate"), b.date("validUntil"),
                b.decimal("depositPercent"), b.string("buyerReference"), lines);
    }
}
