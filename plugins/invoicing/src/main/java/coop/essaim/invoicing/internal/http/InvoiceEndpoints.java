package coop.essaim.invoicing.internal.http;

import coop.essaim.api.people.ResultPage;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.web.ApiBody;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiResult;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceDraft;
import coop.essaim.invoicing.api.InvoiceQuery;
import coop.essaim.invoicing.api.InvoiceStatus;
import coop.essaim.invoicing.api.Invoices;
import coop.essaim.invoicing.api.LineDraft;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.invoicing.internal.Invoicing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Invoices and credit notes: {@code invoices} (list with {@code activity}, {@code status}, {@code overdue=true},
 * {@code offset}, {@code limit}; create a draft), {@code invoices/{id}} (read, change or delete a draft),
 * {@code invoices/{id}/validation} and {@code invoices/{id}/credit-note}. An invoice out of the user's reach is a
 * 404 before any service is asked to change it, the same answer as one that does not exist.
 */
final class InvoiceEndpoints {

    private record NewDraft(long activity, InvoiceDraft draft) {
    }

    private final Supplier<Invoicing> invoicing;

    InvoiceEndpoints(Supplier<Invoicing> invoicing) {
        this.invoicing = invoicing;
    }

    List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("invoices", this::list),
                ApiEndpoint.post("invoices", this::create),
                ApiEndpoint.get("invoices/{id}", call -> reached(call, (invoices, invoice) -> invoice)),
                ApiEndpoint.put("invoices/{id}", this::change),
                ApiEndpoint.delete("invoices/{id}", this::delete),
                ApiEndpoint.post("invoices/{id}/validation", call -> reached(call,
                        (invoices, invoice) -> invoices.validate(call.user(), invoice.id()))),
                ApiEndpoint.post("invoices/{id}/credit-note", this::creditNote));
    }

    private ApiResult list(ApiCall call) {
        InvoiceQuery query = call.query(q -> {
            Long activity = q.id("activity");
            InvoiceStatus status = q.constant("status", InvoiceStatus.class);
            LocalDate overdueOn = q.flag("overdue") ? LocalDate.now() : null;
            return new InvoiceQuery(activity, status, overdueOn, q.offset(), q.limit());
        });
        ResultPage<Invoice> page = invoicing.get().invoices().list(call.user(), query);
        return ApiResult.page(page.items().stream().map(InvoicingJson::invoice).toList(), query.offset(),
                query.limit(), page.total());
    }

    private ApiResult create(ApiCall call) {
        NewDraft asked = call.body(b -> new NewDraft(CustomerEndpoints.orZero(b.requiredId("activity")), draft(b)));
        Invoice created = invoicing.get().invoices().createDraft(call.user(), asked.activity(), asked.draft());
        return ApiResult.created(InvoicingJson.invoice(created), "invoices/" + created.id());
    }

    private ApiResult change(ApiCall call) {
        InvoiceDraft draft = call.body(InvoiceEndpoints::draft);
        return reached(call, (invoices, invoice) -> invoices.changeDraft(call.user(), invoice.id(), draft));
    }

    private ApiResult delete(ApiCall call) {
        Invoices invoices = invoicing.get().invoices();
        Optional<Invoice> invoice = invoices.find(call.user(), call.pathId("id"));
        if (invoice.isEmpty()) {
            return ApiResult.notFound();
        }
        invoices.deleteDraft(call.user(), invoice.get().id());
        return ApiResult.noContent();
    }

    private ApiResult creditNote(ApiCall call) {
        Invoices invoices = invoicing.get().invoices();
        Optional<Invoice> invoice = invoices.find(call.user(), call.pathId("id"));
        if (invoice.isEmpty()) {
            return ApiResult.notFound();
        }
        Invoice credit = invoices.draftCreditNote(call.user(), invoice.get().id());
        return ApiResult.created(InvoicingJson.invoice(credit), "invoices/" + credit.id());
    }

    /** The invoice of the path as {@code action} leaves it, or 404 when the user does not reach it. */
    private ApiResult reached(ApiCall call, BiFunction<Invoices, Invoice, Invoice> action) {
        Invoices invoices = invoicing.get().invoices();
        UserContext user = call.user();
        return invoices.find(user, call.pathId("id"))
                .map(invoice -> ApiResult.ok(InvoicingJson.invoice(action.apply(invoices, invoice))))
                .orElseGet(ApiResult::notFound);
    }

    /** {@code {"customerId", "issueDate", "paymentDays", "buyerReference", "lines": [...]}}. */
    static InvoiceDraft draft(ApiBody b) {
        Long customer = b.requiredId("customerId");
        LocalDate issueDate = b.date("issueDate");
        Integer paymentDays = b.integer("paymentDays");
        String buyerReference = b.string("buyerReference");
        List<LineDraft> lines = b.objects("lines").stream().map(InvoiceEndpoints::line).toList();
        return new InvoiceDraft(CustomerEndpoints.orZero(customer), issueDate, paymentDays, buyerReference, lines);
    }

    static LineDraft line(ApiBody l) {
        return new LineDraft(l.requiredString("description"), l.requiredConstant("kind", LineKind.class),
                l.requiredDecimal("quantity"), l.requiredString("unitCode"), l.requiredMoney("unitPrice"),
                l.decimal("discountPercent"), l.requiredString("vatCode"));
    }
}
